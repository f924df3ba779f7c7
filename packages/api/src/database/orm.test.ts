import net from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.ts';
import { createOrm, type MikroORM } from './orm.ts';
import { sql } from './sql.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

/**
 * A TCP proxy in front of the test database that, when told to, cuts a connection the moment it
 * carries a BEGIN: the connection dies exactly as the transaction starts, as in a restart.
 */
async function beginCuttingProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const state = { cutOnBegin: false };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('data', (chunk) => {
      if (state.cutOnBegin && chunk.includes('BEGIN')) {
        client.destroy();
        upstream.destroy();
      } else upstream.write(chunk);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    state,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('the ORM when the connection dies at BEGIN', () => {
  let proxy: Awaited<ReturnType<typeof beginCuttingProxy>>;
  let orm: MikroORM;
  beforeAll(async () => {
    proxy = await beginCuttingProxy(await createTestDatabase());
    orm = await createOrm({ clientUrl: proxy.url, poolMax: 2, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await orm?.close(true);
    await proxy?.close();
  });

  it('fails the transaction with the connection’s error (not "Transaction query already complete"), then recovers', async () => {
    proxy.state.cutOnBegin = true;
    const error = await orm.em
      .fork()
      .transactional((em) => sql(em, 'select 1 as one'))
      .catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toMatch(/already complete/);
    expect(isDatabaseUnavailable(error)).toBe(true);

    proxy.state.cutOnBegin = false;
    expect(await orm.em.fork().transactional((em) => sql(em, 'select 1 as one'))).toEqual([{ one: 1 }]);
  });
});
