import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../../test/support/api-process.ts';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../test/support/api.ts';
import { as, codes, newIp, signUpUser, type TestUser } from '../../test/support/identity.ts';
import { addMember } from '../../test/support/members.ts';
import { LIMITS } from './rate-limits.ts';

/**
 * Every attempt limit holds against a burst of concurrent attempts split across two
 * API processes on one database. Each burst sends 39 wrong secrets, then the right one last; no
 * burst may verify more attempts than the limit allows, so the right secret never gets in.
 */
const ATTEMPTS = 40;
const TRIALS = 3;

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { tokens { accessToken } mfaChallenge { challengeToken } }
}`;
const VERIFY = `mutation($input: VerifyMfaChallengeInput!) { verifyMfaChallenge(input: $input) { tokens { accessToken } } }`;

function codeAt(secret: string, offsetSteps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

/** A six-digit code that matches none of the steps the server accepts now (−1, 0, +1, and one spare). */
function wrongCode(secret: string): string {
  const near = new Set([-1, 0, 1, 2].map((offset) => codeAt(secret, offset)));
  for (;;) {
    const code = String(randomBytes(4).readUInt32BE() % 1_000_000).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

// Each test sends bursts of password, code and secret checks (argon2) to two processes: seconds
// on an idle machine, several times that on a loaded one; the default 30 s would cut them off.
describe('attempt limits under concurrent bursts from two processes', { timeout: 180_000 }, () => {
  let first: TestApi;
  let second: ApiProcess;

  beforeAll(async () => {
    const env = {
      JWT_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      JWT_KEY_ID: 'attempt-limits',
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    };
    first = await startTestApi({ ...env, DEV_MAILBOX: 'true' });
    second = await startApiProcess({
      ...env,
      DATABASE_URL: first.databaseUrl,
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    });
  }, 240_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  /** Sends one document to the in-process API (even attempts) or the second process (odd ones). */
  async function send(
    attempt: number,
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<GraphQLResponse> {
    if (attempt % 2 === 0) return first.graphql(query, variables, headers);
    const response = await fetch(`${second.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  /**
   * Fires `ATTEMPTS - 1` wrong attempts at once, then the right secret once they are answered, so
   * it really is the last: a right secret checked among the first few would be forgiven, as a
   * person's success is, and allow more checks after it. Each attempt comes from its own address
   * so per-IP limits stay out of it.
   */
  async function burst(
    attempt: (index: number, right: boolean, ip: string) => Promise<GraphQLResponse>,
  ): Promise<GraphQLResponse[]> {
    const wrong = await Promise.all(Array.from({ length: ATTEMPTS - 1 }, (_, index) => attempt(index, false, newIp())));
    return [...wrong, await attempt(ATTEMPTS - 1, true, newIp())];
  }

  /** The attempts that were verified (anything but RATE_LIMITED); every other answer is RATE_LIMITED. */
  function verified(responses: GraphQLResponse[], failure: string): GraphQLResponse[] {
    for (const response of responses) expect([[], [failure], ['RATE_LIMITED']]).toContainEqual(codes(response));
    return responses.filter((response) => !codes(response).includes('RATE_LIMITED'));
  }

  it('sign-in: never more password verifications than the per-account limit', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const user = await signUpUser(first);
      const responses = await burst((index, right, ip) =>
        send(
          index,
          SIGN_IN,
          { email: user.email, password: right ? user.password : `wrong ${index}` },
          { 'x-forwarded-for': ip },
        ),
      );
      const checked = verified(responses, 'INVALID_CREDENTIALS');
      expect(checked.length, `trial ${trial}`).toBeLessThanOrEqual(LIMITS.signInFailuresPerAccount.points);
      expect(responses.at(-1)!.errors?.[0]?.extensions?.code, `trial ${trial}: the right password`).toBe(
        'RATE_LIMITED',
      );
    }
  });

  async function enrolledUser(): Promise<TestUser & { secret: string; recoveryCodes: string[] }> {
    const user = await signUpUser(first);
    const begin = await first.graphql<{ beginTotpEnrollment: { secret: string } }>(
      'mutation($password: String!) { beginTotpEnrollment(input: { password: $password }) { secret } }',
      { password: user.password },
      as(user),
    );
    const secret = begin.data!.beginTotpEnrollment.secret;
    const confirm = await first.graphql<{ confirmTotpEnrollment: { recoveryCodes: string[] } }>(
      'mutation($code: String!) { confirmTotpEnrollment(input: { code: $code }) { recoveryCodes } }',
      { code: codeAt(secret, -1) },
      as(user),
    );
    return { ...user, secret, recoveryCodes: confirm.data!.confirmTotpEnrollment.recoveryCodes };
  }

  async function challengeFor(user: TestUser): Promise<string> {
    const response = await first.graphql<{ signIn: { mfaChallenge: { challengeToken: string } } }>(
      SIGN_IN,
      { email: user.email, password: user.password },
      { 'x-forwarded-for': newIp() },
    );
    return response.data!.signIn.mfaChallenge.challengeToken;
  }

  it('MFA: never more TOTP or recovery-code checks than the per-account limit', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const user = await enrolledUser();
      const challengeToken = await challengeFor(user);
      const useRecovery = trial % 2 === 1;
      const responses = await burst((index, right, ip) => {
        const input = useRecovery
          ? { challengeToken, recoveryCode: right ? user.recoveryCodes[0] : `wrong-${index}` }
          : { challengeToken, code: right ? codeAt(user.secret) : wrongCode(user.secret) };
        return send(index, VERIFY, { input }, { 'x-forwarded-for': ip });
      });
      const checked = verified(responses, 'INVALID_MFA_CODE');
      expect(checked.length, `trial ${trial}`).toBeLessThanOrEqual(LIMITS.mfaFailuresPerAccount.points);
      expect(codes(responses.at(-1)!), `trial ${trial}: the right code`).toEqual(['RATE_LIMITED']);
    }
  });

  /** Every operation that asks a signed-in person for their password, as an attacker holding their token would. */
  const CONFIRMATIONS: Array<{
    name: string;
    setUp(user: TestUser): Promise<Record<string, unknown>>;
    query: string;
    variables(password: string, extra: Record<string, unknown>): Record<string, unknown>;
    tenant: boolean;
  }> = [
    {
      name: 'changePassword',
      setUp: async () => ({}),
      query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }`,
      variables: (password) => ({
        input: { currentPassword: password, newPassword: `new-${randomBytes(8).toString('hex')}` },
      }),
      tenant: false,
    },
    {
      name: 'deleteAccount',
      setUp: async () => ({}),
      query: `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { deletedOrganizationCount } }`,
      variables: (password) => ({ input: { password } }),
      tenant: false,
    },
    {
      name: 'archiveOrganization',
      setUp: async () => ({}),
      query: `mutation($input: ArchiveOrganizationInput!) { archiveOrganization(input: $input) { organizationId } }`,
      variables: (password) => ({ input: { password } }),
      tenant: true,
    },
    {
      name: 'transferOwnership',
      setUp: async (user) => ({ targetMembershipId: (await addMember(first, user, 'ADMIN')).membershipId }),
      query: `mutation($input: TransferOwnershipInput!) { transferOwnership(input: $input) { newOwner { id } } }`,
      variables: (password, extra) => ({ input: { password, targetMembershipId: extra.targetMembershipId } }),
      tenant: true,
    },
  ];

  it('password confirmations: never more password checks than the per-account limit, for every operation', async () => {
    for (const operation of CONFIRMATIONS) {
      const user = await signUpUser(first);
      const extra = await operation.setUp(user);
      const headers = as(user, operation.tenant ? user.orgId : undefined);
      const responses = await burst((index, right, ip) =>
        send(index, operation.query, operation.variables(right ? user.password : `wrong ${index}`, extra), {
          ...headers,
          'x-forwarded-for': ip,
        }),
      );
      const checked = verified(responses, 'VALIDATION_FAILED');
      expect(checked.length, operation.name).toBeLessThanOrEqual(LIMITS.signInFailuresPerAccount.points);
      expect(codes(responses.at(-1)!), `${operation.name}: the right password`).toEqual(['RATE_LIMITED']);
    }
  });

  it('disableTotp: with the password known, never more code checks than the MFA limit', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const user = await enrolledUser();
      const responses = await burst((index, right, ip) =>
        send(
          index,
          'mutation($input: DisableTotpInput!) { disableTotp(input: $input) { user { mfaEnabled } } }',
          { input: { password: user.password, code: right ? codeAt(user.secret) : wrongCode(user.secret) } },
          { ...as(user), 'x-forwarded-for': ip },
        ),
      );
      const checked = verified(responses, 'VALIDATION_FAILED');
      expect(checked.length, `trial ${trial}`).toBeLessThanOrEqual(LIMITS.mfaFailuresPerAccount.points);
      expect(codes(responses.at(-1)!), `trial ${trial}: the right code`).toEqual(['RATE_LIMITED']);
    }
  });

  it('API-key exchange: never more secret checks from one address than its limit', async () => {
    const owner = await signUpUser(first);
    const created = await first.graphql<{ createApiKey: { secret: string } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'burst', scopes: ['workspaces.read'] } },
      as(owner, owner.orgId),
    );
    const secret = created.data!.createApiKey.secret;
    const limit = LIMITS.apiKeyExchangePerIp.points;
    const ip = newIp();
    const exchange = (index: number, value: string) =>
      send(
        index,
        'mutation($s: String!) { exchangeApiKey(input: { secret: $s }) { accessToken } }',
        { s: value },
        {
          'x-forwarded-for': ip,
        },
      );
    const wrong = Array.from({ length: limit + ATTEMPTS - 1 }, (_, index) =>
      exchange(index, `${secret.slice(0, 15)}${randomBytes(32).toString('base64url')}`),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const responses = await Promise.all([...wrong, exchange(limit + ATTEMPTS, secret)]);
    // Exchange counted each attempt before checking it already; this guards that it stays so.
    const checked = verified(responses, 'UNAUTHENTICATED');
    expect(checked.length).toBeLessThanOrEqual(limit);
    expect(checked.filter((response) => codes(response).length === 0).length).toBeLessThanOrEqual(1);
  });
});
