import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';
import { as, newIp, signUpUser } from '../../test/support/identity.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../../test/support/mail-catcher.ts';
import { decryptSecret, hashToken } from './crypto.ts';

/** Nothing secret is stored as it was given. */
describe('secrets at rest', () => {
  const dataKey = randomBytes(32);
  let api: TestApi;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    api = await startTestApi({ SMTP_URL: mail.url, DATA_ENCRYPTION_KEY: dataKey.toString('base64') });
  });
  afterAll(async () => {
    await api.stop();
    await mail.close();
  });

  /** Every text or bytea value in the database, as text. */
  async function everything(): Promise<string> {
    const tables = await api.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    const dumps = await Promise.all(
      tables.map(({ table_name }) => api.query(`select * from "${table_name}"`).then((rows) => JSON.stringify(rows))),
    );
    return dumps.join('\n');
  }

  it('stores refresh, reset and verification tokens, recovery codes and the TOTP secret only in protected form', async () => {
    const user = await signUpUser(api);
    const verification = new URL(
      linkIn(await mail.waitFor((m) => m.to.includes(user.email)), '/verify-email'),
    ).searchParams.get('token')!;

    await api.graphql(
      'mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted } }',
      { e: user.email },
      {
        'x-forwarded-for': newIp(),
      },
    );
    const reset = new URL(
      linkIn(await mail.waitFor((m) => m.to.includes(user.email) && /reset/i.test(m.subject)), '/reset-password'),
    ).searchParams.get('token')!;

    const begin = await api.graphql<{ beginTotpEnrollment: { secret: string } }>(
      'mutation($p: String!) { beginTotpEnrollment(input: { password: $p }) { secret } }',
      { p: user.password },
      as(user),
    );
    const secret = begin.data!.beginTotpEnrollment.secret;
    const confirm = await api.graphql<{ confirmTotpEnrollment: { recoveryCodes: string[] } }>(
      'mutation($c: String!) { confirmTotpEnrollment(input: { code: $c }) { recoveryCodes } }',
      { c: new TOTP({ secret: Secret.fromBase32(secret) }).generate() },
      as(user),
    );
    const recoveryCodes = confirm.data!.confirmTotpEnrollment.recoveryCodes;

    // A rotated refresh token's successor (derived from it for retries) is stored hashed too.
    const refreshed = await api.graphql<{ refreshSession: { tokens: { refreshToken: string } } }>(
      'mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { tokens { refreshToken } } }',
      { t: user.refreshToken },
      { 'x-forwarded-for': user.ip },
    );
    const successor = refreshed.data!.refreshSession.tokens.refreshToken;

    const dump = await everything();
    const givenOut = [
      user.refreshToken,
      successor,
      verification,
      reset,
      secret,
      user.password,
      ...recoveryCodes,
      ...recoveryCodes.map((c) => c.replace('-', '')),
    ];
    for (const value of givenOut) expect(dump.includes(value), value).toBe(false);

    // What is stored instead: hashes of the tokens, the secret encrypted under the data key.
    const [refresh] = await api.query<{ n: number }>(
      'select count(*)::int as n from refresh_token where token_hash = $1',
      [hashToken(user.refreshToken)],
    );
    expect(refresh?.n).toBe(1);
    const [rotated] = await api.query<{ n: number }>(
      'select count(*)::int as n from refresh_token where token_hash = $1',
      [hashToken(successor)],
    );
    expect(rotated?.n).toBe(1);
    const [stored] = await api.query<{ totp_secret: string; password_hash: string }>(
      'select totp_secret, password_hash from app_user where id = $1',
      [user.userId],
    );
    expect(decryptSecret(dataKey, stored!.totp_secret)).toBe(secret);
    expect(stored!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
