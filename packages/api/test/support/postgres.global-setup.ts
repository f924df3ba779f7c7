import { mkdtemp, chmod, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { createDatabaseIfMissing } from '../../src/database/database.ts';
import { startEmbeddedDatabase } from '../../src/database/embedded.ts';
import { createOrm, migrate } from '../../src/database/orm.ts';
import { freePort } from './ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the throwaway test server. */
    postgresAdminUrl: string;
    /** A migrated database that every test file's database is cloned from. */
    postgresTemplate: string;
  }
}

/**
 * Starts a throwaway PostgreSQL cluster for the test run (or uses `TEST_DATABASE_URL`, a
 * superuser URL of any server), and migrates a template database once.
 */
export default async function setup(project: TestProject) {
  const logger = pino({ level: 'warn' });
  let adminUrl = process.env.TEST_DATABASE_URL;
  let teardown = async () => {};
  if (!adminUrl) {
    // mkdtemp makes a 0700 folder; the postgres OS user must be able to traverse it.
    const root = await mkdtemp(path.join(os.tmpdir(), 'orgplane-test-pg-'));
    await chmod(root, 0o755);
    const cluster = await startEmbeddedDatabase({
      dataDir: path.join(root, 'data'),
      port: await freePort(),
      logger,
      ephemeral: true,
    });
    adminUrl = cluster.url;
    teardown = async () => {
      await cluster.stop();
      await rm(root, { recursive: true, force: true });
    };
  }

  const template = `orgplane_template_${process.pid}_${project.name || 'default'}`.replace(/[^a-z0-9_]/gi, '_');
  await createDatabaseIfMissing(adminUrl, template);
  const orm = await createOrm({ clientUrl: withDatabase(adminUrl, template), poolMax: 1, logger });
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }

  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplate', template);
  return teardown;
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
