import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';
import { as, newIp, signUpUser, type TestUser } from '../../test/support/identity.ts';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { tokens { accessToken } }
}`;
const VIEWER = '{ viewer { user { id } } }';
const FLOOD = 200;
const READS = 40;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: Array<{ extensions?: { code?: string; retryAfter?: number } }> };
}

/**
 * A flood of failed sign-ins from many addresses (each under its own per-IP limit)
 * must not starve everyone else. Password hashing is bounded by a queue; what does not fit is
 * refused at once with 429 and Retry-After, and authenticated reads keep being answered.
 */
describe('a flood of failed sign-ins', () => {
  let api: TestApi;
  let reader: TestUser;
  beforeAll(async () => {
    // A short waiting list, so that each trial checks few passwords and refuses the rest quickly.
    api = await startTestApi({ PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_QUEUE: '8' });
    reader = await signUpUser(api);
  });
  afterAll(() => api.stop());

  async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as Answer['body'],
    } satisfies Answer;
  }

  it(
    'keeps answering authenticated reads, and refuses the excess sign-ins with 429 and Retry-After',
    { timeout: 120_000 },
    async () => {
      for (let trial = 0; trial < 2; trial++) {
        const signIns = Array.from({ length: FLOOD }, (_, index) =>
          post(
            SIGN_IN,
            { email: `flood-${trial}-${index}@example.com`, password: 'not the password' },
            { 'x-forwarded-for': newIp() },
          ),
        );
        const reads = Array.from({ length: READS }, () => post(VIEWER, {}, as(reader)));
        const [signInAnswers, readAnswers] = await Promise.all([Promise.all(signIns), Promise.all(reads)]);

        for (const read of readAnswers) {
          expect(read.status).toBe(200);
          expect(read.body).toEqual({ data: { viewer: { user: { id: reader.userId } } } });
        }
        const limited = signInAnswers.filter((answer) => answer.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
        const refused = signInAnswers.filter(
          (answer) => answer.body.errors?.[0]?.extensions?.code === 'INVALID_CREDENTIALS',
        );
        expect(limited.length + refused.length).toBe(FLOOD);
        expect(limited.length, `trial ${trial}: excess sign-ins refused`).toBeGreaterThan(0);
        expect(refused.length, `trial ${trial}: some sign-ins still checked`).toBeGreaterThan(0);
        for (const answer of limited) {
          expect(answer.status).toBe(429);
          expect(Number(answer.retryAfter)).toBeGreaterThan(0);
          expect(answer.body.errors![0]!.extensions!.retryAfter).toBe(Number(answer.retryAfter));
        }
        for (const answer of refused) expect(answer.status).toBe(200);
      }
    },
  );
});
