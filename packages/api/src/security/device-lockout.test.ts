import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';
import { newIp, signUpUser, type TestUser } from '../../test/support/identity.ts';
import { LIMITS } from './rate-limits.ts';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { tokens { accessToken } }
}`;

interface Answer {
  status: number;
  code: string | undefined;
  retryAfter: number | undefined;
  signedIn: boolean;
  deviceCookie: string | null;
}

/**
 * Lock-out resistance (OWASP "device cookies"): a successful sign-in leaves a signed device
 * cookie bound to the account. Wrong passwords from browsers without it share the account's lock;
 * the owner's own device is counted on its own, with growing delays instead of a hard lock.
 */
describe('sign-in lock-out and device cookies', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  async function signIn(user: TestUser, password: string, deviceCookie?: string | null): Promise<Answer> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': newIp(),
        ...(deviceCookie ? { cookie: deviceCookie } : {}),
      },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: user.email, password } }),
    });
    const body = (await response.json()) as {
      data?: { signIn: { tokens: { accessToken: string } | null } | null };
      errors?: Array<{ extensions?: { code?: string; retryAfter?: number } }>;
    };
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith('orgplane_device='));
    return {
      status: response.status,
      code: body.errors?.[0]?.extensions?.code,
      retryAfter: body.errors?.[0]?.extensions?.retryAfter,
      signedIn: Boolean(body.data?.signIn?.tokens?.accessToken),
      deviceCookie: setCookie ? setCookie.split(';')[0]! : null,
    };
  }

  /** A user who has signed in once on their own device; the device cookie that left behind. */
  async function userWithDevice(): Promise<{ user: TestUser; device: string }> {
    const user = await signUpUser(api);
    const first = await signIn(user, user.password);
    expect(first.signedIn).toBe(true);
    expect(first.deviceCookie).toMatch(/^orgplane_device=/);
    return { user, device: first.deviceCookie! };
  }

  it('sets the device cookie httpOnly and SameSite=Strict on /graphql', async () => {
    const user = await signUpUser(api);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newIp() },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: user.email, password: user.password } }),
    });
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('orgplane_device='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/graphql/);
    // A year, in seconds as Max-Age counts.
    expect(cookie).toMatch(/Max-Age=31536000(;|$)/);
  });

  it('lets the owner in on their device after an attacker spent the account limit', async () => {
    const { user, device } = await userWithDevice();
    for (let attempt = 0; attempt < LIMITS.signInFailuresPerAccount.points; attempt++) {
      expect((await signIn(user, `attacker guess ${attempt}`)).code).toBe('INVALID_CREDENTIALS');
    }
    // Without the device cookie the account is locked, even for the right password.
    const locked = await signIn(user, user.password);
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.status).toBe(429);
    // A cookie from another account, or a forged one, counts as none.
    const other = await userWithDevice();
    expect((await signIn(user, user.password, other.device)).code).toBe('RATE_LIMITED');
    expect((await signIn(user, user.password, `${device}x`)).code).toBe('RATE_LIMITED');
    // The owner's own device still gets in.
    const owner = await signIn(user, user.password, device);
    expect(owner.code).toBeUndefined();
    expect(owner.signedIn).toBe(true);
  });

  it("slows a device's own wrong passwords down with growing delays, never locking it for good", async () => {
    const { user, device } = await userWithDevice();
    const delays: number[] = [];
    let free = 0;
    // Bounded: the free attempts, then five rounds of "wait the delay, try again".
    for (let attempt = 0; attempt < LIMITS.signInFailuresPerAccount.points + 5; attempt++) {
      const answer = await signIn(user, `typo ${attempt}`, device);
      if (answer.code === 'INVALID_CREDENTIALS') {
        free += 1;
        continue;
      }
      expect(answer.code).toBe('RATE_LIMITED');
      expect(answer.status).toBe(429);
      delays.push(answer.retryAfter!);
      // Let the delay pass (moved in the database rather than waited for), then a wrong password again.
      await api.query(`update sign_in_device_attempt set not_before = now() - interval '1 second'`);
      expect((await signIn(user, `typo again ${attempt}`, device)).code).toBe('INVALID_CREDENTIALS');
    }
    expect(free).toBe(LIMITS.signInFailuresPerAccount.points);
    expect(delays.length).toBeGreaterThanOrEqual(4);
    for (let index = 1; index < delays.length; index++) expect(delays[index]).toBeGreaterThan(delays[index - 1]!);
    // The account's shared lock is untouched by the device's own mistakes...
    const elsewhere = await signIn(user, user.password);
    expect(elsewhere.signedIn).toBe(true);
    // ...and once its delay has passed the device signs in with the right password.
    await api.query(`update sign_in_device_attempt set not_before = now() - interval '1 second'`);
    const back = await signIn(user, user.password, device);
    expect(back.signedIn).toBe(true);
  });
});
