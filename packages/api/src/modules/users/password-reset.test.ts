import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, newIp, signUpUser } from '../../../test/support/identity.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../../../test/support/mail-catcher.ts';
import { PASSWORD_RESET_JOB } from './password-reset.jobs.ts';

const REQUEST = 'mutation($email: String!) { requestPasswordReset(input: { email: $email }) { accepted } }';
const RESET =
  'mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, newPassword: $password }) { passwordChanged } }';
const SIGN_IN =
  'mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { tokens { accessToken } } }';

describe('password reset through the emailed link', () => {
  let api: TestApi;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    api = await startTestApi({ SMTP_URL: mail.url, PUBLIC_URL: 'https://console.example.test' });
  });
  afterAll(async () => {
    await api.stop();
    await mail.close();
  });

  const tokenFrom = (link: string) => new URL(link).searchParams.get('token')!;

  it('mails a single-use link; resetting ends every old session; the new password signs in', async () => {
    const user = await signUpUser(api);
    const response = await api.graphql(REQUEST, { email: user.email.toUpperCase() }, { 'x-forwarded-for': newIp() });
    expect(response.data).toEqual({ requestPasswordReset: { accepted: true } });

    const message = await mail.waitFor((m) => m.to.includes(user.email) && /reset/i.test(m.subject));
    const link = linkIn(message, '/reset-password');
    expect(link.startsWith('https://console.example.test/reset-password?token=')).toBe(true);
    expect(message.html).toContain('Choose a new password');

    const reset = await api.graphql(RESET, { token: tokenFrom(link), password: 'brand new password 42' });
    expect(reset.data).toEqual({ resetPassword: { passwordChanged: true } });

    // Old sessions are dead at once: the access token and the refresh token.
    expect(codes(await api.graphql('{ viewer { user { id } } }', {}, as(user)))).toEqual(['UNAUTHENTICATED']);
    const refreshed = await api.graphql(
      'mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { tokens { accessToken } } }',
      {
        t: user.refreshToken,
      },
    );
    expect(codes(refreshed)).toEqual(['UNAUTHENTICATED']);

    expect(
      codes(await api.graphql(SIGN_IN, { email: user.email, password: user.password }, { 'x-forwarded-for': user.ip })),
    ).toEqual(['INVALID_CREDENTIALS']);
    const fresh = await api.graphql(
      SIGN_IN,
      { email: user.email, password: 'brand new password 42' },
      { 'x-forwarded-for': user.ip },
    );
    expect(fresh.errors).toBeUndefined();

    // Each organization of the user records the reset.
    const [audit] = await api.query<{ action: string; after: { revokedSessions: number } }>(
      'select action, after from audit_event where org_id = $1 and actor_user_id = $2',
      [user.orgId, user.userId],
    );
    expect(audit).toEqual({ action: 'user.password_reset', after: { revokedSessions: 1 } });

    // The link works once.
    expect(codes(await api.graphql(RESET, { token: tokenFrom(link), password: 'another new password 43' }))).toEqual([
      'TOKEN_INVALID',
    ]);
  });

  it('answers an unknown email exactly like a known one, and sends nothing', async () => {
    const before = mail.received.length;
    const unknown = await api.graphql(REQUEST, { email: 'nobody-here@example.com' }, { 'x-forwarded-for': newIp() });
    const user = await signUpUser(api);
    const known = await api.graphql(REQUEST, { email: user.email }, { 'x-forwarded-for': newIp() });
    expect(unknown).toEqual(known);
    await mail.waitFor((m) => m.to.includes(user.email) && /reset/i.test(m.subject));
    expect(mail.received.slice(before).some((m) => m.to.includes('nobody-here@example.com'))).toBe(false);
  });

  it('refuses an expired link, and a weak new password without using the link up', async () => {
    const user = await signUpUser(api);
    await api.graphql(REQUEST, { email: user.email }, { 'x-forwarded-for': newIp() });
    const token = tokenFrom(
      linkIn(await mail.waitFor((m) => m.to.includes(user.email) && /reset/i.test(m.subject)), '/reset-password'),
    );

    const weak = await api.graphql(RESET, { token, password: 'short' });
    expect(codes(weak)).toEqual(['VALIDATION_FAILED']);
    expect(weak.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'newPassword', message: expect.stringMatching(/between 10/) },
    ]);

    await api.query(
      "update user_token set expires_at = now() - interval '1 second' where user_id = $1 and purpose = 'password_reset'",
      [user.userId],
    );
    expect(codes(await api.graphql(RESET, { token, password: 'good new password 44' }))).toEqual(['TOKEN_INVALID']);
  });

  it('keeps only the newest link working', async () => {
    const user = await signUpUser(api);
    await api.graphql(REQUEST, { email: user.email }, { 'x-forwarded-for': newIp() });
    const first = await mail.waitFor((m) => m.to.includes(user.email) && /reset/i.test(m.subject));
    await api.graphql(REQUEST, { email: user.email }, { 'x-forwarded-for': newIp() });
    const second = await mail.waitFor((m) => m !== first && m.to.includes(user.email) && /reset/i.test(m.subject));
    expect(
      codes(await api.graphql(RESET, { token: tokenFrom(linkIn(first, '/reset')), password: 'good new password 45' })),
    ).toEqual(['TOKEN_INVALID']);
    expect(
      (await api.graphql(RESET, { token: tokenFrom(linkIn(second, '/reset')), password: 'good new password 45' }))
        .errors,
    ).toBeUndefined();
  });
});

describe('password reset requests', () => {
  let front: TestApi;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    // A process that runs no jobs: whatever a request leaves to a job waits for another process.
    front = await startTestApi({ SMTP_URL: mail.url, JOBS_ENABLED: 'false' });
  });
  afterAll(async () => {
    await front.stop();
    await mail.close();
  });

  const rawRequest = async (email: string) => {
    const response = await fetch(`${front.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newIp() },
      body: JSON.stringify({ query: REQUEST, variables: { email } }),
    });
    return { status: response.status, body: await response.text() };
  };

  it('answer known and unknown addresses alike, and leave the lookup to a job that another process runs', async () => {
    const user = await signUpUser(front);
    const unknown = 'nobody-at-all@example.com';
    const resetMails = () =>
      front.query<{ to_address: string }>("select to_address from outbox_email where template = 'password_reset'");

    const known = await rawRequest(user.email);
    expect(await rawRequest(unknown)).toEqual(known);
    expect(JSON.parse(known.body)).toEqual({ data: { requestPasswordReset: { accepted: true } } });
    // The requests looked nothing up: no token, no email yet, one queued job each.
    expect(await resetMails()).toEqual([]);
    expect(await front.query("select count(*)::int as n from user_token where purpose = 'password_reset'")).toEqual([
      { n: 0 },
    ]);
    const jobs = () =>
      front.query<{ state: string }>('select state from pgboss.job where name = $1 order by created_on', [
        PASSWORD_RESET_JOB,
      ]);
    expect(await jobs()).toEqual([{ state: 'created' }, { state: 'created' }]);

    // A process with jobs picks them up: the account's owner gets the link, the unknown address nothing.
    const worker = await startTestApi({ DATABASE_URL: front.databaseUrl, SMTP_URL: mail.url });
    try {
      const message = await mail.waitFor((m) => m.to.includes(user.email) && /reset/i.test(m.subject));
      expect(linkIn(message, '/reset-password')).toContain('token=');
      await expect.poll(jobs, { timeout: 15_000 }).toEqual([{ state: 'completed' }, { state: 'completed' }]);
      expect(await resetMails()).toEqual([{ to_address: user.email }]);
      expect(mail.received.some((m) => m.to.includes(unknown))).toBe(false);
    } finally {
      await worker.stop();
    }
  });
});

describe('password reset without SMTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
  });
  afterAll(() => api.stop());

  it('still runs the job: the link waits in the development mailbox', async () => {
    const user = await signUpUser(api);
    const response = await api.graphql(REQUEST, { email: user.email }, { 'x-forwarded-for': newIp() });
    expect(response.data).toEqual({ requestPasswordReset: { accepted: true } });
    const mailbox = async () =>
      (
        await api.graphql<{ devMailbox: { edges: Array<{ node: { to: string; template: string } }> } }>(
          '{ devMailbox(first: 20) { edges { node { to template } } } }',
        )
      ).data?.devMailbox.edges.map((edge) => edge.node);
    await expect.poll(mailbox, { timeout: 15_000 }).toContainEqual({ to: user.email, template: 'password_reset' });
  });
});

describe('email verification', () => {
  let api: TestApi;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    api = await startTestApi({ SMTP_URL: mail.url });
  });
  afterAll(async () => {
    await api.stop();
    await mail.close();
  });

  const VERIFY = 'mutation($token: String!) { verifyEmail(input: { token: $token }) { emailVerified } }';

  it('sends a link at sign-up that confirms the address once', async () => {
    const user = await signUpUser(api);
    const message = await mail.waitFor((m) => m.to.includes(user.email) && /confirm/i.test(m.subject));
    const token = new URL(linkIn(message, '/verify-email')).searchParams.get('token')!;
    expect((await api.graphql(VERIFY, { token })).data).toEqual({ verifyEmail: { emailVerified: true } });
    const viewer = await api.graphql<{ viewer: { user: { emailVerified: boolean } } }>(
      '{ viewer { user { emailVerified } } }',
      {},
      as(user),
    );
    expect(viewer.data?.viewer.user.emailVerified).toBe(true);
    expect(codes(await api.graphql(VERIFY, { token }))).toEqual(['TOKEN_INVALID']);
  });

  it('resends a new link and retires the old one', async () => {
    const user = await signUpUser(api);
    const first = await mail.waitFor((m) => m.to.includes(user.email) && /confirm/i.test(m.subject));
    const resent = await api.graphql('mutation { resendEmailVerification { user { emailVerified } } }', {}, as(user));
    expect(resent.errors).toBeUndefined();
    const second = await mail.waitFor((m) => m !== first && m.to.includes(user.email) && /confirm/i.test(m.subject));
    const tokenOf = (m: typeof first) => new URL(linkIn(m, '/verify-email')).searchParams.get('token')!;
    expect(codes(await api.graphql(VERIFY, { token: tokenOf(first) }))).toEqual(['TOKEN_INVALID']);
    expect((await api.graphql(VERIFY, { token: tokenOf(second) })).errors).toBeUndefined();
  });
});
