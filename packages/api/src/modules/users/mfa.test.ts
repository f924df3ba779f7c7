import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { tokens { accessToken } mfaChallenge { challengeToken expiresAt } }
}`;
const VERIFY = `mutation($input: VerifyMfaChallengeInput!) { verifyMfaChallenge(input: $input) { tokens { accessToken } } }`;

interface SignInData {
  signIn: {
    tokens: { accessToken: string } | null;
    mfaChallenge: { challengeToken: string; expiresAt: string } | null;
  };
}

/** A code for the given 30-second step offset (0 = now). */
function codeAt(secret: string, offsetSteps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

describe('TOTP second factor', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  async function enrol(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
    const begin = await api.graphql<{ beginTotpEnrollment: { secret: string; otpauthUri: string } }>(
      'mutation { beginTotpEnrollment { secret otpauthUri } }',
      {},
      as(user),
    );
    const { secret, otpauthUri } = begin.data!.beginTotpEnrollment;
    expect(otpauthUri).toMatch(new RegExp(`^otpauth://totp/Orgplane:${encodeURIComponent(user.email)}\\?`));
    expect(otpauthUri).toContain(`secret=${secret}`);
    const confirm = await api.graphql<{
      confirmTotpEnrollment: { recoveryCodes: string[]; user: { mfaEnabled: boolean } };
    }>(
      'mutation($code: String!) { confirmTotpEnrollment(input: { code: $code }) { recoveryCodes user { mfaEnabled } } }',
      { code: codeAt(secret, -1) },
      as(user),
    );
    expect(confirm.errors).toBeUndefined();
    expect(confirm.data!.confirmTotpEnrollment.user.mfaEnabled).toBe(true);
    return { secret, recoveryCodes: confirm.data!.confirmTotpEnrollment.recoveryCodes };
  }

  const challenge = async (user: TestUser) => {
    const response = await api.graphql<SignInData>(
      SIGN_IN,
      { email: user.email, password: user.password },
      { 'x-forwarded-for': user.ip },
    );
    expect(response.data?.signIn.tokens).toBeNull();
    return response.data!.signIn.mfaChallenge!.challengeToken;
  };

  it('enrols with a code and shows ten recovery codes once', async () => {
    const user = await signUpUser(api);
    const { recoveryCodes } = await enrol(user);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
  });

  it('refuses to confirm enrolment with a wrong code', async () => {
    const user = await signUpUser(api);
    await api.graphql('mutation { beginTotpEnrollment { secret } }', {}, as(user));
    const wrong = await api.graphql(
      'mutation { confirmTotpEnrollment(input: { code: "000000" }) { recoveryCodes } }',
      {},
      as(user),
    );
    expect(codes(wrong)).toEqual(['VALIDATION_FAILED']);
  });

  it('signs in in two steps with a TOTP code, and refuses the same code twice', async () => {
    const user = await signUpUser(api);
    const { secret } = await enrol(user);
    const code = codeAt(secret);
    const first = await api.graphql<{ verifyMfaChallenge: { tokens: { accessToken: string } } }>(
      VERIFY,
      { input: { challengeToken: await challenge(user), code } },
      { 'x-forwarded-for': user.ip },
    );
    expect(first.errors).toBeUndefined();
    const signedIn = { ...user, accessToken: first.data!.verifyMfaChallenge.tokens.accessToken };
    expect((await api.graphql('{ viewer { user { mfaEnabled } } }', {}, as(signedIn))).data).toEqual({
      viewer: { user: { mfaEnabled: true } },
    });

    const replay = await api.graphql(
      VERIFY,
      { input: { challengeToken: await challenge(user), code } },
      { 'x-forwarded-for': user.ip },
    );
    expect(codes(replay)).toEqual(['INVALID_MFA_CODE']);
  });

  it('completes the second step with a recovery code, each code once', async () => {
    const user = await signUpUser(api);
    const { recoveryCodes } = await enrol(user);
    const [recovery] = recoveryCodes as [string];
    const ok = await api.graphql(
      VERIFY,
      { input: { challengeToken: await challenge(user), recoveryCode: recovery.toUpperCase() } },
      {
        'x-forwarded-for': user.ip,
      },
    );
    expect(ok.errors).toBeUndefined();
    const again = await api.graphql(
      VERIFY,
      { input: { challengeToken: await challenge(user), recoveryCode: recovery } },
      {
        'x-forwarded-for': user.ip,
      },
    );
    expect(codes(again)).toEqual(['INVALID_MFA_CODE']);
  });

  it('refuses a challenge that was already used, or is unknown', async () => {
    const user = await signUpUser(api);
    const { recoveryCodes } = await enrol(user);
    const token = await challenge(user);
    await api.graphql(
      VERIFY,
      { input: { challengeToken: token, recoveryCode: recoveryCodes[0] } },
      { 'x-forwarded-for': user.ip },
    );
    const reused = await api.graphql(
      VERIFY,
      { input: { challengeToken: token, recoveryCode: recoveryCodes[1] } },
      { 'x-forwarded-for': user.ip },
    );
    expect(codes(reused)).toEqual(['INVALID_MFA_CODE']);
    expect(codes(await api.graphql(VERIFY, { input: { challengeToken: 'made-up', code: '123456' } }))).toEqual([
      'INVALID_MFA_CODE',
    ]);
  });

  it('turns off with the password and a code; sign-in is one step again', async () => {
    const user = await signUpUser(api);
    const { recoveryCodes } = await enrol(user);
    const wrong = await api.graphql(
      'mutation($p: String!, $c: String!) { disableTotp(input: { password: $p, code: $c }) { user { mfaEnabled } } }',
      {
        p: 'not the password',
        c: recoveryCodes[0],
      },
      as(user),
    );
    expect(codes(wrong)).toEqual(['VALIDATION_FAILED']);
    const off = await api.graphql<{ disableTotp: { user: { mfaEnabled: boolean } } }>(
      'mutation($p: String!, $c: String!) { disableTotp(input: { password: $p, code: $c }) { user { mfaEnabled } } }',
      { p: user.password, c: recoveryCodes[0] },
      as(user),
    );
    expect(off.data?.disableTotp.user.mfaEnabled).toBe(false);
    const direct = await api.graphql<SignInData>(
      SIGN_IN,
      { email: user.email, password: user.password },
      { 'x-forwarded-for': user.ip },
    );
    expect(direct.data?.signIn.tokens?.accessToken).toBeTruthy();
    const [{ n }] = (await api.query<{ n: number }>('select count(*)::int as n from recovery_code where user_id = $1', [
      user.userId,
    ])) as [{ n: number }];
    expect(n).toBe(0);
  });
});
