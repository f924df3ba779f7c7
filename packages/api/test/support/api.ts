import { pino } from 'pino';
import { parseConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { createTestDatabase } from './database.ts';

/** The answer to one GraphQL request. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestApi extends RunningServer {
  readonly databaseUrl: string;
  /** POSTs one GraphQL document to `/graphql`. */
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
}

/** The real API in this process, on a free port, against a fresh database. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const databaseUrl = await createTestDatabase();
  const config = parseConfig({
    NODE_ENV: 'test',
    API_PORT: '0',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const server = await startServer(config, pino({ level: config.logLevel }));
  return {
    ...server,
    databaseUrl,
    async graphql(query, variables, headers) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}
