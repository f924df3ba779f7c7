import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { startEmbeddedDatabase } from './embedded.ts';

/** Where the application's data lives, and how to release the server when it is embedded. */
export interface DatabaseServer {
  readonly url: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'orgplane';

/**
 * With `DATABASE_URL`, uses that server as it is. Without it, starts the embedded cluster under
 * the data folder and makes sure the application database exists.
 */
export async function openDatabaseServer(config: Config, logger: Logger): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  }
  const cluster = await startEmbeddedDatabase({
    dataDir: path.join(config.dataDir, 'postgres'),
    port: config.embeddedPgPort,
    logger,
  });
  try {
    await createDatabaseIfMissing(cluster.url, EMBEDDED_DATABASE);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return { url: cluster.urlFor(EMBEDDED_DATABASE), embedded: true, stop: () => cluster.stop() };
}

/** Creates `database` on the server at `adminUrl` unless it exists (optionally from a template). */
export async function createDatabaseIfMissing(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (rowCount === 0) {
      const from = template ? ` template ${client.escapeIdentifier(template)}` : '';
      await client.query(`create database ${client.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}
