import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { tokens { accessToken } mfaChallenge { challengeToken expiresAt } }
}`;
const VERIFY = `mutation($input: VerifyMfaChallengeInput!) { verifyMfaChallenge(input: $input) { tokens { accessToken } } }`;
const BEGIN = `mutation($password: String!) { beginTotpEnrollment(input: { password: $password }) { secret otpauthUri } }`;
const REGENERATE = `mutation($password: String!, $code: String!) {
  regenerateRecoveryCodes(input: { password: $password, code: $code }) { recoveryCodes }
}`;
const DISABLE = `mutation($password: String!, $code: String!) {
  disableTotp(input: { password: $password, code: $code }) { user { mfaEnabled } }
}`;

interface SignInData {
  signIn: {
    tokens: { accessToken: string } | null;
    mfaChallenge: { challengeToken: string; expiresAt: string } | null;
  };
}

/** The `path` of each invalid field of the first error. */
function fieldPaths(response: { errors?: Array<{ extensions?: Record<string, unknown> }> }): string[] {
  const fields = (response.errors?.[0]?.extensions?.fields ?? []) as Array<{ path: string }>;
  return fields.map((field) => field.path);
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
      BEGIN,
      { password: user.password },
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
    await api.graphql(BEGIN, { password: user.password }, as(user));
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
    const wrong = await api.graphql(DISABLE, { password: 'not the password', code: recoveryCodes[0] }, as(user));
    expect(codes(wrong)).toEqual(['VALIDATION_FAILED']);
    const off = await api.graphql<{ disableTotp: { user: { mfaEnabled: boolean } } }>(
      DISABLE,
      { password: user.password, code: recoveryCodes[0] },
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
  it('refuses to begin enrolment without the current password', async () => {
    const user = await signUpUser(api);
    for (const password of ['', 'not the password']) {
      const refused = await api.graphql(BEGIN, { password }, as(user));
      expect(codes(refused)).toEqual(['VALIDATION_FAILED']);
      expect(fieldPaths(refused)).toEqual(['password']);
    }
    // The form a stolen access token used to be enough for:
    expect(codes(await api.graphql('mutation { beginTotpEnrollment { secret } }', {}, as(user)))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    const [row] = await api.query<{ totp_secret: string | null }>('select totp_secret from app_user where id = $1', [
      user.userId,
    ]);
    expect(row?.totp_secret).toBeNull();
  });

  /** Makes the user's sessions look signed in `minutes` ago. */
  const age = (user: TestUser, minutes: number) =>
    api.query(`update session set authenticated_at = now() - make_interval(mins => $2) where user_id = $1`, [
      user.userId,
      minutes,
    ]);

  it('asks a session signed in long ago to sign in again before any two-factor change', async () => {
    const stale = await signUpUser(api);
    await age(stale, 60);
    const refused = await api.graphql(BEGIN, { password: stale.password }, as(stale));
    expect(codes(refused)).toEqual(['REAUTHENTICATION_REQUIRED']);
    expect(refused.errors?.[0]?.message).toMatch(/sign in again/i);

    const enrolled = await signUpUser(api);
    const { secret, recoveryCodes } = await enrol(enrolled);
    await age(enrolled, 60);
    expect(
      codes(await api.graphql(REGENERATE, { password: enrolled.password, code: recoveryCodes[0] }, as(enrolled))),
    ).toEqual(['REAUTHENTICATION_REQUIRED']);
    expect(
      codes(await api.graphql(DISABLE, { password: enrolled.password, code: codeAt(secret) }, as(enrolled))),
    ).toEqual(['REAUTHENTICATION_REQUIRED']);
    const [row] = await api.query<{ on: boolean; unused: number }>(
      `select totp_enabled_at is not null as on,
              (select count(*)::int from recovery_code where user_id = $1 and used_at is null) as unused
         from app_user where id = $1`,
      [enrolled.userId],
    );
    expect(row).toEqual({ on: true, unused: 10 });

    // A fresh sign-in (both factors) opens the door again.
    const verified = await api.graphql<{ verifyMfaChallenge: { tokens: { accessToken: string } } }>(
      VERIFY,
      { input: { challengeToken: await challenge(enrolled), recoveryCode: recoveryCodes[0] } },
      { 'x-forwarded-for': enrolled.ip },
    );
    const fresh = { ...enrolled, accessToken: verified.data!.verifyMfaChallenge.tokens.accessToken };
    const regenerated = await api.graphql(REGENERATE, { password: fresh.password, code: recoveryCodes[1] }, as(fresh));
    expect(regenerated.errors).toBeUndefined();
  });

  it('regenerates the recovery codes with the password and a code; the old ones stop working', async () => {
    const user = await signUpUser(api);
    const { secret, recoveryCodes: old } = await enrol(user);
    const wrongPassword = await api.graphql(REGENERATE, { password: 'nope', code: codeAt(secret) }, as(user));
    expect(codes(wrongPassword)).toEqual(['VALIDATION_FAILED']);
    expect(fieldPaths(wrongPassword)).toEqual(['password']);
    const wrongCode = await api.graphql(REGENERATE, { password: user.password, code: '000000' }, as(user));
    expect(codes(wrongCode)).toEqual(['VALIDATION_FAILED']);
    expect(fieldPaths(wrongCode)).toEqual(['code']);

    const response = await api.graphql<{ regenerateRecoveryCodes: { recoveryCodes: string[] } }>(
      REGENERATE,
      { password: user.password, code: codeAt(secret) },
      as(user),
    );
    expect(response.errors).toBeUndefined();
    const fresh = response.data!.regenerateRecoveryCodes.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(new Set([...fresh, ...old]).size).toBe(20);

    for (const code of old.slice(0, 2)) {
      const refused = await api.graphql(
        VERIFY,
        { input: { challengeToken: await challenge(user), recoveryCode: code } },
        { 'x-forwarded-for': user.ip },
      );
      expect(codes(refused)).toEqual(['INVALID_MFA_CODE']);
    }
    const accepted = await api.graphql(
      VERIFY,
      { input: { challengeToken: await challenge(user), recoveryCode: fresh[0] } },
      { 'x-forwarded-for': user.ip },
    );
    expect(accepted.errors).toBeUndefined();
    // Without two-factor authentication there is nothing to regenerate.
    const plain = await signUpUser(api);
    expect(codes(await api.graphql(REGENERATE, { password: plain.password, code: '123456' }, as(plain)))).toEqual([
      'CONFLICT',
    ]);
  });

  it('mails the account owner on every two-factor change', async () => {
    const user = await signUpUser(api);
    const mails = async () =>
      (
        await api.query<{ template: string }>(
          `select template from outbox_email where to_address = $1 and template like 'mfa_%' order by created_at`,
          [user.email],
        )
      ).map((row) => row.template);

    const { secret, recoveryCodes } = await enrol(user);
    expect(await mails()).toEqual(['mfa_enabled']);
    await api.graphql(
      VERIFY,
      { input: { challengeToken: await challenge(user), recoveryCode: recoveryCodes[0] } },
      { 'x-forwarded-for': user.ip },
    );
    expect(await mails()).toEqual(['mfa_enabled', 'mfa_recovery_code_used']);
    const regenerated = await api.graphql<{ regenerateRecoveryCodes: { recoveryCodes: string[] } }>(
      REGENERATE,
      { password: user.password, code: codeAt(secret) },
      as(user),
    );
    expect(await mails()).toEqual(['mfa_enabled', 'mfa_recovery_code_used', 'mfa_recovery_codes_regenerated']);
    const off = await api.graphql(
      DISABLE,
      { password: user.password, code: regenerated.data!.regenerateRecoveryCodes.recoveryCodes[0] },
      as(user),
    );
    expect(off.errors).toBeUndefined();
    expect(await mails()).toEqual([
      'mfa_enabled',
      'mfa_recovery_code_used',
      'mfa_recovery_codes_regenerated',
      'mfa_disabled',
    ]);
    // A refused change mails nobody.
    await api.graphql(BEGIN, { password: 'wrong' }, as(user));
    expect(await mails()).toHaveLength(4);
  });
});
