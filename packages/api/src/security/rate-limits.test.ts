import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';
import { codes, newIp, signUpUser } from '../../test/support/identity.ts';
import { LIMITS } from './rate-limits.ts';

const SIGN_IN =
  'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { tokens { accessToken } } }';

describe('brute-force throttling and enumeration safety', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('refuses sign-in for an account after repeated failures, even with the right password, from any address', async () => {
    const user = await signUpUser(api);
    for (let attempt = 0; attempt < LIMITS.signInFailuresPerAccount.points; attempt++) {
      const response = await api.graphql(
        SIGN_IN,
        { e: user.email, p: 'wrong password' },
        { 'x-forwarded-for': newIp() },
      );
      expect(codes(response)).toEqual(['INVALID_CREDENTIALS']);
    }
    const blocked = await api.graphql(SIGN_IN, { e: user.email, p: user.password }, { 'x-forwarded-for': newIp() });
    expect(codes(blocked)).toEqual(['RATE_LIMITED']);
    const retryAfter = blocked.errors?.[0]?.extensions?.retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LIMITS.signInFailuresPerAccount.durationSeconds);
  });

  it('counts every aliased attempt in one document', async () => {
    const user = await signUpUser(api);
    const attempts = LIMITS.signInFailuresPerAccount.points + 2;
    const document = `mutation { ${Array.from(
      { length: attempts },
      (_, index) =>
        `a${index}: signIn(input: { email: "${user.email}", password: "wrong ${index}" }) { tokens { accessToken } }`,
    ).join('\n')} }`;
    const response = await api.graphql(document, {}, { 'x-forwarded-for': newIp() });
    expect(codes(response)).toEqual([
      ...Array(LIMITS.signInFailuresPerAccount.points).fill('INVALID_CREDENTIALS'),
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  });

  it('limits attempts per address across accounts', async () => {
    const ip = newIp();
    const codesSeen: unknown[] = [];
    for (let attempt = 0; attempt <= LIMITS.signInAttemptsPerIp.points; attempt++) {
      const response = await api.graphql(
        SIGN_IN,
        { e: `nobody-${attempt}@example.com`, p: 'whatever password' },
        { 'x-forwarded-for': ip },
      );
      codesSeen.push(...codes(response));
    }
    expect(codesSeen.at(-1)).toBe('RATE_LIMITED');
    expect(codesSeen.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(LIMITS.signInAttemptsPerIp.points);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const user = await signUpUser(api);
    const wrong = await api.graphql(SIGN_IN, { e: user.email, p: 'wrong password' }, { 'x-forwarded-for': newIp() });
    const unknown = await api.graphql(
      SIGN_IN,
      { e: 'no-such-user@example.com', p: 'wrong password' },
      { 'x-forwarded-for': newIp() },
    );
    expect(unknown).toEqual(wrong);
  });

  it('throttles password reset requests per account while answering the same', async () => {
    const user = await signUpUser(api);
    const request = () =>
      api.graphql(
        'mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted } }',
        { e: user.email },
        {
          'x-forwarded-for': newIp(),
        },
      );
    for (let attempt = 0; attempt < LIMITS.passwordResetPerAccount.points; attempt++) {
      expect((await request()).data).toEqual({ requestPasswordReset: { accepted: true } });
    }
    expect(codes(await request())).toEqual(['RATE_LIMITED']);
  });

  it('keeps its counters in PostgreSQL, shared by every API process', async () => {
    const rows = await api.query<{ key: string }>(
      "select key from rate_limit where key like 'signInFailuresPerAccount:%'",
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});
