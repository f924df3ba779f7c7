import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { codes, newIp, SIGN_UP, signUpUser } from '../../../test/support/identity.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../../../test/support/mail-catcher.ts';
import { LIMITS } from '../../security/rate-limits.ts';

const SIGN_UPS_PER_ADDRESS = LIMITS.signUpPerAddress.points;

describe('signUp', () => {
  let api: TestApi;
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    api = await startTestApi({ SMTP_URL: catcher.url, PUBLIC_URL: 'https://console.example.test' });
  });
  afterAll(async () => {
    await api.stop();
    await catcher.close();
  });

  /** One sign-up as the raw HTTP answer: status, body bytes and any cookie set. */
  const rawSignUp = async (email: string, displayName: string, password: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newIp() },
      body: JSON.stringify({ query: print(SIGN_UP), variables: { input: { email, displayName, password } } }),
    });
    return { status: response.status, cookie: response.headers.get('set-cookie'), body: await response.text() };
  };

  /** Every application table's rows, except the outbox and the rate-limit counters. */
  const snapshot = async () => {
    const tables = await api.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('outbox_email', 'rate_limit')
        order by table_name`,
    );
    expect(tables.map((table) => table.name)).toContain('app_user');
    const rows: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await api.query<{ rows: string }>(
        `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as rows from "${name}" t`,
      );
      rows[name] = row?.rows ?? '';
    }
    return rows;
  };

  const outboxTo = async (email: string) =>
    (
      await api.query<{ template: string }>(
        'select template from outbox_email where to_address = $1 order by created_at',
        [email],
      )
    ).map((row) => row.template);

  const counts = async (email: string) => {
    const [row] = await api.query<{ users: number; orgs: number; owners: number; members: number; sessions: number }>(
      `select (select count(*)::int from app_user where email = $1) as users,
              (select count(*)::int from organization o join membership m on m.org_id = o.id
                 join app_user u on u.id = m.user_id where u.email = $1) as orgs,
              (select count(*)::int from membership m join app_user u on u.id = m.user_id
                where u.email = $1 and m.role = 'owner' and m.status = 'active') as owners,
              (select count(*)::int from membership m join app_user u on u.id = m.user_id where u.email = $1) as members,
              (select count(*)::int from session s join app_user u on u.id = s.user_id where u.email = $1) as sessions`,
      [email],
    );
    return row;
  };

  it('creates exactly one user, one organization, one owner membership and a session', async () => {
    const user = await signUpUser(api, { displayName: 'Ada Lovelace' });
    expect(await counts(user.email)).toEqual({ users: 1, orgs: 1, owners: 1, members: 1, sessions: 1 });
    const [org] = await api.query<{ name: string; slug: string }>('select name, slug from organization where id = $1', [
      user.orgId,
    ]);
    expect(org).toEqual({ name: "Ada Lovelace's organization", slug: user.orgSlug });
    expect(user.orgSlug).toMatch(/^ada-lovelaces-organization(-[a-z0-9]{5})?$/);
    const [row] = await api.query<{ default_org_id: string; last_sign_in_at: Date | null }>(
      'select default_org_id, last_sign_in_at from app_user where id = $1',
      [user.userId],
    );
    expect(row?.default_org_id).toBe(user.orgId);
    expect(row?.last_sign_in_at).not.toBeNull();
  });

  it('normalizes the email: trimmed, NFC, lowercase', async () => {
    const response = await api.request(
      SIGN_UP,
      { input: { email: '  Zoe\u0301.Q@Example.COM ', displayName: 'Zoé', password: 'a long enough password' } },
      { 'x-forwarded-for': newIp() },
    );
    expect(response.data?.signUp?.email).toBe('zo\u00e9.q@example.com');
  });

  it('gives a second user with the same name a different slug', async () => {
    const first = await signUpUser(api, { displayName: 'Same Name' });
    const second = await signUpUser(api, { displayName: 'Same Name' });
    expect(second.orgSlug).not.toBe(first.orgSlug);
    expect(second.orgSlug.startsWith('same-names-organization')).toBe(true);
  });

  it('answers an address that has an account byte for byte like a new one, and changes nothing but a mail', async () => {
    const email = `taken-${Math.random().toString(36).slice(2)}@example.com`;
    const first = await rawSignUp(email, 'First Owner', 'the first long password');
    expect(first.status).toBe(200);
    expect(first.cookie).toBeNull();
    expect(JSON.parse(first.body)).toEqual({ data: { signUp: { email, verificationSent: true } } });
    expect(await counts(email)).toEqual({ users: 1, orgs: 1, owners: 1, members: 1, sessions: 0 });

    const before = await snapshot();
    const outboxBefore = await outboxTo(email);
    expect(outboxBefore).toEqual(['email_verification']);
    // However it is written, with another name and password: the same bytes come back.
    const again = await rawSignUp(` ${email.toUpperCase()}`, 'Impostor', 'another long password');
    expect(again).toEqual(first);
    expect(await snapshot()).toEqual(before);
    expect(await outboxTo(email)).toEqual([...outboxBefore, 'sign_up_attempt']);

    // The owner hears about it, with a way in and a way to reset the password.
    const mail = await catcher.waitFor((m) => m.to.includes(email) && /tried to create/i.test(m.subject));
    expect(linkIn(mail, '/sign-in').startsWith('https://console.example.test/sign-in')).toBe(true);
    expect(linkIn(mail, '/forgot-password').startsWith('https://console.example.test/forgot-password')).toBe(true);
    expect(mail.text).not.toContain('another long password');
    expect(mail.text).not.toContain('Impostor');
  });

  it('answers concurrent sign-ups of one new address alike and creates one account', async () => {
    for (let trial = 0; trial < 3; trial += 1) {
      const email = `race-${trial}-${Math.random().toString(36).slice(2)}@example.com`;
      const answers = await Promise.all(
        Array.from({ length: 5 }, (_, index) => rawSignUp(email, `Racer ${index}`, `racing long password ${index}`)),
      );
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      expect(answers[0]?.status).toBe(200);
      expect(await counts(email)).toEqual({ users: 1, orgs: 1, owners: 1, members: 1, sessions: 0 });
    }
  });

  it('limits sign-ups per address the same way whether or not it has an account', async () => {
    const known = (await signUpUser(api)).email;
    const unknown = `limit-${Math.random().toString(36).slice(2)}@example.com`;
    const attempts = async (email: string) => {
      const seen: unknown[][] = [];
      for (let attempt = 0; attempt < SIGN_UPS_PER_ADDRESS + 1; attempt += 1) {
        const response = await api.request(
          SIGN_UP,
          { input: { email, displayName: 'Again', password: 'yet another long password' } },
          { 'x-forwarded-for': newIp() },
        );
        seen.push(codes(response));
      }
      return seen;
    };
    // The known address already spent one attempt when it signed up.
    const expected = (spent: number) => [
      ...Array.from({ length: SIGN_UPS_PER_ADDRESS - spent }, () => []),
      ...Array.from({ length: spent + 1 }, () => ['RATE_LIMITED']),
    ];
    expect(await attempts(known)).toEqual(expected(1));
    expect(await attempts(unknown)).toEqual(expected(0));
  });

  it.each([
    ['a short password', { password: 'short' }, 'password', /between 10 and 128/],
    ['a password that is the email', { email: 'same@example.com', password: 'same@example.com' }, 'password', /email/],
    ['a common password', { password: 'Password123' }, 'password', /too common/],
    ['an invalid email', { email: 'not-an-email' }, 'email', /valid email/],
    ['an empty name', { displayName: '   ' }, 'displayName', /between 1 and 100/],
  ])('refuses %s with VALIDATION_FAILED at the field, changing nothing', async (_label, change, path, message) => {
    const input = {
      email: `v-${Math.random().toString(36).slice(2)}@example.com`,
      displayName: 'Val',
      password: 'good enough password',
      ...change,
    };
    const before = await api.query<{ n: number }>('select count(*)::int as n from app_user');
    const response = await api.request(SIGN_UP, { input }, { 'x-forwarded-for': newIp() });
    expect(codes(response)).toEqual(['VALIDATION_FAILED']);
    const fields = response.errors?.[0]?.extensions?.fields as Array<{ path: string; message: string }>;
    expect(fields.find((field) => field.path === path)?.message).toMatch(message);
    expect(await api.query<{ n: number }>('select count(*)::int as n from app_user')).toEqual(before);
  });

  it('refuses an unknown input field before anything runs', async () => {
    // Deliberately outside the input type, so sent as a plain string.
    const response = await api.graphql(print(SIGN_UP), {
      input: { email: 'x@example.com', displayName: 'X', password: 'good enough password', role: 'owner' },
    });
    expect(codes(response)).toEqual(['VALIDATION_FAILED']);
  });
});
