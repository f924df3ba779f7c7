import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './support/api-process.ts';
import { createTestDatabase, sessionsWaitingForLocks } from './support/database.ts';
import { signUpUser } from './support/identity.ts';

const RENAME =
  'mutation($input: RenameOrganizationInput!) { renameOrganization(input: $input) { organization { name } } }';

interface Answer {
  status: number;
  connection: string | undefined;
  reusedSocket: boolean;
  body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

/** One POST to /graphql through `agent`; rejects with the socket error (ECONNRESET…) if there is no answer. */
function post(agent: http.Agent, url: string, body: object, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            connection: response.headers.connection,
            reusedSocket: request.reusedSocket,
            body: JSON.parse(text) as Answer['body'],
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

/** `/readyz`'s status on a new connection, or the connection error's code. */
async function readiness(url: string): Promise<number | string> {
  try {
    return (await fetch(`${url}/readyz`, { headers: { connection: 'close' } })).status;
  } catch (error) {
    return String((error as { cause?: { code?: string } }).cause?.code ?? error);
  }
}

/**
 * SIGTERM while a request is in flight on a kept-alive connection: readiness fails at once, the
 * in-flight request finishes, every later request (on that connection, on another connection
 * that sat idle, or a new one) gets 503 + `Connection: close` without running, never a reset,
 * and the process exits 0.
 */
describe('graceful shutdown', () => {
  let api: ApiProcess;
  let databaseUrl: string;
  let database: pg.Client;
  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    // The drain may take as long as the test needs to release the held row, on a loaded machine too.
    api = await startApiProcess({ DATABASE_URL: databaseUrl, SHUTDOWN_TIMEOUT_MS: '60000' });
    database = new pg.Client({ connectionString: databaseUrl });
    await database.connect();
  });
  afterAll(async () => {
    await database.end();
    await api.stop();
  });

  it('drains kept-alive connections: in-flight finishes, the next requests get 503 + Connection: close', async () => {
    const user = await signUpUser(api);
    const headers = { authorization: `Bearer ${user.accessToken}`, 'x-tenant-id': user.orgId };
    const rename = (name: string) => ({ query: RENAME, variables: { input: { name } } });

    const busy = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const idle = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await post(busy, api.url, rename('Warm busy'), headers)).status).toBe(200);
      expect((await post(idle, api.url, rename('Warm idle'), headers)).status).toBe(200);

      // Hold the organization row so the next rename waits inside the API.
      await database.query('begin');
      await database.query('select 1 from organization where id = $1 for update', [user.orgId]);
      const inFlight = post(busy, api.url, rename('In flight'), headers);
      await expect.poll(() => sessionsWaitingForLocks(database)).toBe(1);

      process.kill(api.pid, 'SIGTERM');
      await expect.poll(() => readiness(api.url)).toBe(503);

      const onIdle = await post(idle, api.url, rename('On an idle connection'), headers);
      expect(onIdle).toMatchObject({ status: 503, connection: 'close', reusedSocket: true });
      expect(onIdle.body.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);

      await database.query('commit');
      const finished = await inFlight;
      expect(finished.status).toBe(200);
      expect(finished.body.data).toEqual({ renameOrganization: { organization: { name: 'In flight' } } });

      const next = await post(busy, api.url, rename('After the drain began'), headers);
      expect(next).toMatchObject({ status: 503, connection: 'close', reusedSocket: true });

      expect(await api.exited).toBe(0);
      const { rows } = await database.query<{ name: string }>('select name from organization where id = $1', [
        user.orgId,
      ]);
      expect(rows).toEqual([{ name: 'In flight' }]);
    } finally {
      busy.destroy();
      idle.destroy();
    }
  }, 120_000);
});
