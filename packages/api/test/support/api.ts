import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino, type DestinationStream } from 'pino';
import { parseConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { createTestDatabase } from './database.ts';
import { graphqlClient, type GraphQLClient } from './graphql-client.ts';

export type { GraphQLResponse } from './graphql-client.ts';

export interface TestApi extends RunningServer, GraphQLClient {
  readonly databaseUrl: string;
  /** Runs SQL against the test database directly (to inspect or arrange state). */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
}

// Generated secrets (signing key, data key) for in-process test servers, shared by the run.
export const testDataDir = path.join(os.tmpdir(), `orgplane-test-secrets-${process.ppid}`);

/**
 * The real API in this process, on a free port, against a fresh database. `logs` receives the
 * API's JSON log lines (with `LOG_LEVEL` in `env`), for tests about what is logged.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  options: { logs?: DestinationStream } = {},
): Promise<TestApi> {
  const databaseUrl = env.DATABASE_URL ?? (await createTestDatabase());
  const config = parseConfig({
    NODE_ENV: 'test',
    API_PORT: '0',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    DATA_DIR: testDataDir,
    // Tests give each user a distinct address with X-Forwarded-For, as one trusted proxy would.
    TRUST_PROXY_HOPS: '1',
    // The test's own fetch keeps connections alive; a stop need not wait out their keep-alive
    // (test/graceful-shutdown.test.ts covers the drain with a real process).
    SHUTDOWN_TIMEOUT_MS: '300',
    ...env,
  });
  const server = await startServer(config, pino({ level: config.logLevel }, options.logs));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    ...server,
    ...graphqlClient(server.url),
    databaseUrl,
    async stop() {
      await pool.end();
      await server.stop();
    },
    async query(text, values) {
      return (await pool.query(text, values)).rows;
    },
  };
}
