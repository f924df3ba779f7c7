import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './support/api-process.ts';
import { freePort } from './support/ports.ts';

/**
 * The API as `pnpm start` runs it, with no DATABASE_URL: it creates an embedded PostgreSQL
 * cluster under DATA_DIR, keeps the data across restarts, and recovers after being SIGKILLed.
 */
// Each test starts the API (the first also creates and migrates a cluster), which may take up to
// startApiProcess's 180 s ceiling on a loaded machine; the default 30 s would cut it off.
describe('the embedded database lifecycle', { timeout: 300_000 }, () => {
  let dataDir: string;
  let env: Record<string, string>;
  let running: ApiProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'orgplane-embedded-'));
    await chmod(dataDir, 0o755);
    env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: '' };
  });

  afterAll(async () => {
    await running?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
    const client = new pg.Client({
      host: '127.0.0.1',
      port: Number(env.EMBEDDED_PG_PORT),
      user: 'postgres',
      password,
      database: 'orgplane',
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  const postmasterPid = async () =>
    Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);

  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('creates the cluster and migrates on first start, then stops everything on SIGTERM', async () => {
    running = await startApiProcess(env);
    expect(running.output()).toContain('creating the embedded PostgreSQL cluster');
    expect(running.output()).toContain('migrations applied');
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ abilityCatalog { roles { id } } }' }),
    });
    expect((await response.json()) as object).toMatchObject({ data: { abilityCatalog: { roles: expect.any(Array) } } });
    await withDatabase((client) =>
      client.query("create table persisted_marker (note text); insert into persisted_marker values ('kept')"),
    );

    const pid = await postmasterPid();
    expect(await running.stop()).toBe(0);
    running = undefined;
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('reuses the persisted data on the next start', async () => {
    running = await startApiProcess(env);
    expect(running.output()).not.toContain('creating the embedded PostgreSQL cluster');
    expect(running.output()).not.toContain('migrations applied');
    const { rows } = await withDatabase((client) =>
      client.query<{ note: string }>('select note from persisted_marker'),
    );
    expect(rows).toEqual([{ note: 'kept' }]);
  });

  it('starts again after the API was killed with SIGKILL, stopping the orphaned server first', async () => {
    const killed = running as ApiProcess;
    const orphan = await postmasterPid();
    process.kill(killed.pid, 'SIGKILL');
    expect(await killed.exited).toBe('SIGKILL');
    expect(isAlive(orphan)).toBe(true);

    running = await startApiProcess(env);
    expect(running.output()).toContain('stopping a stale PostgreSQL server');
    expect(isAlive(orphan)).toBe(false);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
    expect(await running.stop()).toBe(0);
    running = undefined;
  });
});
