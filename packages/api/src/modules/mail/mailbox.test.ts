import http from 'node:http';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { codes, signUpUser } from '../../../test/support/identity.ts';
import { isLoopbackAddress } from '../../http/client-address.ts';

const MAILBOX = '{ devMailbox(first: 5) { edges { node { to text } } } }';

interface MailboxData {
  devMailbox: { edges: Array<{ node: { to: string; text: string } }> };
}

describe('the development mailbox', () => {
  let api: TestApi;
  beforeAll(async () => {
    // The API's own defaults: DEV_MAILBOX unset (the test support turns it on for tests that read mail).
    api = await startTestApi({ DEV_MAILBOX: '' });
  });
  afterAll(() => api.stop());

  it('is off unless DEV_MAILBOX turns it on, even in development without SMTP', async () => {
    const development = await startTestApi({ DEV_MAILBOX: '', NODE_ENV: 'development', DATABASE_URL: api.databaseUrl });
    try {
      await signUpUser(development);
      const response = await development.graphql(MAILBOX);
      expect(codes(response)).toEqual(['NOT_FOUND']);
      expect(response.data).toBeNull();
    } finally {
      await development.stop();
    }
    expect(codes(await api.graphql(MAILBOX))).toEqual(['NOT_FOUND']);
  });

  it('when on, answers a loopback socket whatever X-Forwarded-For claims', async () => {
    const local = await startTestApi({ DEV_MAILBOX: 'true', TRUST_PROXY_HOPS: '1', DATABASE_URL: api.databaseUrl });
    try {
      const user = await signUpUser(local);
      const response = await local.graphql<MailboxData>(MAILBOX, {}, { 'x-forwarded-for': '1.2.3.4' });
      expect(codes(response)).toEqual([]);
      expect(response.data?.devMailbox.edges.some((edge) => edge.node.to === user.email)).toBe(true);
    } finally {
      await local.stop();
    }
  });

  // This machine's own non-loopback address: a connection to 127.0.0.1 from it has a non-loopback socket address.
  const outside = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && !address.internal && address.family === 'IPv4')?.address;

  it.skipIf(!outside)(
    'when on, refuses a client whose socket address is not loopback, whatever it forwards',
    async () => {
      const local = await startTestApi({ DEV_MAILBOX: 'true', TRUST_PROXY_HOPS: '1', DATABASE_URL: api.databaseUrl });
      try {
        await signUpUser(local);
        const response = await postFrom(local.url, outside!, { query: MAILBOX }, { 'x-forwarded-for': '127.0.0.1' });
        expect(response.errors?.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
        expect(response.data).toBeNull();
      } finally {
        await local.stop();
      }
    },
  );

  it('judges the socket address, never a forwarded one', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(address), address).toBe(true);
    }
    for (const address of [
      '10.0.0.1',
      '192.168.1.2',
      '1.2.3.4',
      '::ffff:10.0.0.1',
      '::',
      '0.0.0.0',
      'fe80::1',
      '',
      undefined,
    ]) {
      expect(isLoopbackAddress(address), String(address)).toBe(false);
    }
  });
});

/** POSTs JSON from a chosen local address (the socket's source address). */
function postFrom(
  url: string,
  localAddress: string,
  body: object,
  headers: Record<string, string>,
): Promise<{ data?: unknown; errors?: Array<{ extensions: { code: string } }> }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(JSON.parse(text) as never));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}
