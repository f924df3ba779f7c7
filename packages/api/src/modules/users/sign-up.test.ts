import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { codes, newIp, SIGN_UP, signUpUser } from '../../../test/support/identity.ts';

describe('signUp', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

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
    const response = await api.graphql<{ signUp: { user: { email: string } } }>(
      SIGN_UP,
      { input: { email: '  Zoe\u0301.Q@Example.COM ', displayName: 'Zoé', password: 'a long enough password' } },
      { 'x-forwarded-for': newIp() },
    );
    expect(response.data?.signUp.user.email).toBe('zo\u00e9.q@example.com');
  });

  it('gives a second user with the same name a different slug', async () => {
    const first = await signUpUser(api, { displayName: 'Same Name' });
    const second = await signUpUser(api, { displayName: 'Same Name' });
    expect(second.orgSlug).not.toBe(first.orgSlug);
    expect(second.orgSlug.startsWith('same-names-organization')).toBe(true);
  });

  it('refuses a duplicate email, however it is written, and creates nothing', async () => {
    const user = await signUpUser(api);
    const response = await api.graphql(
      SIGN_UP,
      { input: { email: ` ${user.email.toUpperCase()}`, displayName: 'Impostor', password: 'another long password' } },
      { 'x-forwarded-for': newIp() },
    );
    expect(codes(response)).toEqual(['EMAIL_TAKEN']);
    expect(await counts(user.email)).toEqual({ users: 1, orgs: 1, owners: 1, members: 1, sessions: 1 });
    const [{ orgs }] = (await api.query<{ orgs: number }>(
      "select count(*)::int as orgs from organization where name = 'Impostor''s organization'",
    )) as [{ orgs: number }];
    expect(orgs).toBe(0);
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
    const response = await api.graphql(SIGN_UP, { input }, { 'x-forwarded-for': newIp() });
    expect(codes(response)).toEqual(['VALIDATION_FAILED']);
    const fields = response.errors?.[0]?.extensions?.fields as Array<{ path: string; message: string }>;
    expect(fields.find((field) => field.path === path)?.message).toMatch(message);
    expect(await api.query<{ n: number }>('select count(*)::int as n from app_user')).toEqual(before);
  });

  it('refuses an unknown input field before anything runs', async () => {
    const response = await api.graphql(SIGN_UP, {
      input: { email: 'x@example.com', displayName: 'X', password: 'good enough password', role: 'owner' },
    });
    expect(codes(response)).toEqual(['VALIDATION_FAILED']);
  });
});
