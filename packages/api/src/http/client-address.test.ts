import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';
import { codes, newIp, SIGN_UP } from '../../test/support/identity.ts';
import { LIMITS } from '../security/rate-limits.ts';

const SIGN_IN =
  'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { tokens { accessToken } } }';

/** With the API's own defaults (TRUST_PROXY_HOPS unset), a client cannot choose its address. */
describe('the client address with no proxy configured', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ TRUST_PROXY_HOPS: '' });
  });
  afterAll(() => api.stop());

  it('records the socket address, not X-Forwarded-For, on the session', async () => {
    const email = `forged-${newIp()}@example.com`;
    const password = `pw-${randomUUID()}`;
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    expect(codes(await api.request(SIGN_UP, { input: { email, displayName: 'Forger', password } }, headers))).toEqual(
      [],
    );
    // Sign-up starts no session; the sign-in that follows does, with the client's address.
    expect(codes(await api.graphql(SIGN_IN, { e: email, p: password }, headers))).toEqual([]);
    const [session] = await api.query<{ ip: string }>(
      'select s.ip from session s join app_user u on u.id = s.user_id where u.email = $1',
      [email],
    );
    expect(session?.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('keeps the per-address sign-in limit however X-Forwarded-For rotates', async () => {
    // The sign-in above counted against this very address.
    await api.query('delete from rate_limit');
    const seen: unknown[] = [];
    for (let attempt = 0; attempt <= LIMITS.signInAttemptsPerIp.points; attempt++) {
      const response = await api.graphql(
        SIGN_IN,
        { e: `nobody-${attempt}@example.com`, p: 'whatever password' },
        { 'x-forwarded-for': newIp() },
      );
      seen.push(...codes(response));
    }
    expect(seen.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(LIMITS.signInAttemptsPerIp.points);
    expect(seen.at(-1)).toBe('RATE_LIMITED');
  });
});

describe('the client address behind one trusted proxy (TRUST_PROXY_HOPS=1)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ TRUST_PROXY_HOPS: '1' });
  });
  afterAll(() => api.stop());

  it('takes the address the proxy appended, not one the client put before it', async () => {
    const email = `proxied-${newIp()}@example.com`;
    const password = `pw-${randomUUID()}`;
    // What a client sent (198.51.100.1), then what the one trusted proxy appended (203.0.113.9).
    const headers = { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' };
    expect(codes(await api.request(SIGN_UP, { input: { email, displayName: 'Proxied', password } }, headers))).toEqual(
      [],
    );
    expect(codes(await api.graphql(SIGN_IN, { e: email, p: password }, headers))).toEqual([]);
    const [session] = await api.query<{ ip: string }>(
      'select s.ip from session s join app_user u on u.id = s.user_id where u.email = $1',
      [email],
    );
    expect(session?.ip).toBe('203.0.113.9');
  });
});
