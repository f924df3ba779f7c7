import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCaller } from '../src/graphql/caller.ts';
import { beginRequestTransaction, endRequestTransaction } from '../src/graphql/request-transaction.ts';
import { sql } from '../src/database/sql.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { as, signUpUser, type TestUser } from './support/identity.ts';

const CREATE_WORKSPACE =
  'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { workspace { id } } }';
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

/**
 * Row-level security is a second wall behind the application's own `org_id`
 * filters. Requests run as a role that RLS binds, in a transaction that carries the tenant, and
 * a query with no tenant filter at all still sees only the caller's tenant.
 */
describe('row-level security', () => {
  let api: TestApi;
  let alice: TestUser;
  let bob: TestUser;
  let tenantTables: string[];

  beforeAll(async () => {
    // One pooled connection, so the test can look at the very connection the requests used.
    api = await startTestApi({ DATABASE_POOL_MAX: '1' });
    alice = await signUpUser(api);
    bob = await signUpUser(api);
    // Rows in every kind of tenant table for both orgs: workspaces, API keys, invitations, audit.
    for (const user of [alice, bob]) {
      const tenant = as(user, user.orgId);
      await api.graphql(CREATE_WORKSPACE, { input: { name: 'Main', slug: 'main' } }, tenant);
      await api.graphql(CREATE_KEY, { input: { name: 'CI', scopes: ['workspaces.read'] } }, tenant);
      await api.graphql(
        'mutation($input: InviteMembersInput!) { inviteMembers(input: $input) { results { email } } }',
        { input: { invitations: [{ email: `x-${user.userId}@example.com`, role: 'MEMBER' }] } },
        tenant,
      );
    }
    tenantTables = (
      await api.query<{ table_name: string }>(
        `select c.table_name from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.table_schema = 'public' and c.column_name = 'org_id' and t.table_type = 'BASE TABLE'
          order by 1`,
      )
    ).map((row) => row.table_name);
  });
  afterAll(() => api?.stop());

  it('forces a tenant policy on every table that has an org_id', async () => {
    expect(tenantTables).toEqual(expect.arrayContaining(['membership', 'invitation', 'audit_event', 'workspace']));
    const unguarded = await api.query<{ relname: string }>(
      `select c.relname from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relname = any($1::text[])
          and not (c.relrowsecurity and c.relforcerowsecurity
                   and exists (select 1 from pg_policies p where p.tablename = c.relname and p.policyname = 'tenant_isolation'))`,
      [tenantTables],
    );
    expect(unguarded).toEqual([]);
  });

  it('gives a query without any tenant filter only the caller’s tenant, on every tenant table', async () => {
    const em = api.services.appOrm.em.fork();
    await beginRequestTransaction(em);
    try {
      const caller = await resolveCaller(em, api.services.accessTokens, `Bearer ${alice.accessToken}`, alice.orgSlug);
      expect(caller.tenant?.orgId).toBe(alice.orgId);
      for (const table of tenantTables) {
        const rows = await sql<{ org_id: string }>(em, `select distinct org_id from ${table}`);
        const foreign = rows.filter((row) => row.org_id !== alice.orgId);
        // A user's own memberships elsewhere are theirs to see (the org switcher); nothing else is.
        if (table === 'membership') {
          const [others] = await sql<{ n: number }>(
            em,
            'select count(*)::int as n from membership where org_id <> ? and user_id <> ?',
            [alice.orgId, alice.userId],
          );
          expect(others?.n, table).toBe(0);
        } else {
          expect(foreign, table).toEqual([]);
        }
      }
      // Bob's rows exist, the superuser sees them: the wall, not an empty table, hid them.
      const [bobs] = await api.query<{ n: number }>('select count(*)::int as n from workspace where org_id = $1', [
        bob.orgId,
      ]);
      expect(bobs?.n).toBe(1);
      // Writing into another tenant is refused by the policy's check as well.
      await expect(
        sql(em, `insert into workspace (org_id, name, slug) values (?, 'Planted', 'planted')`, [bob.orgId]),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await endRequestTransaction(em, 'rollback');
    }
  });

  it('sees no tenant rows at all without a caller', async () => {
    const em = api.services.appOrm.em.fork();
    for (const table of tenantTables) {
      const [row] = await sql<{ n: number }>(em, `select count(*)::int as n from ${table}`);
      expect(row?.n, table).toBe(0);
    }
  });

  it('serves requests as a role that cannot turn row-level security off', async () => {
    const em = api.services.appOrm.em.fork();
    const [role] = await sql<{ name: string; superuser: boolean; bypass: boolean; owned: number }>(
      em,
      `select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
              (select count(*)::int from pg_tables t where t.tableowner = current_user) as owned
         from pg_roles r where r.rolname = current_user`,
    );
    expect(role).toMatchObject({ superuser: false, bypass: false, owned: 0 });
    expect(role?.name).not.toBe(new URL(api.databaseUrl).username);
    const client = new pg.Client({ connectionString: appUrlOf(api) });
    await client.connect();
    try {
      await client.query('set row_security = off');
      // With row_security off, a query that policies would filter fails instead of bypassing them.
      await expect(client.query('select count(*) from workspace')).rejects.toThrow(/row-level security/);
      await client.query('reset row_security');
      await expect(client.query('alter table workspace disable row level security')).rejects.toThrow(/must be owner/);
      await expect(client.query('alter table workspace no force row level security')).rejects.toThrow(/must be owner/);
      await expect(client.query(`set role ${new URL(api.databaseUrl).username}`)).rejects.toThrow(/permission denied/);
      await expect(client.query('select count(*) from mikro_orm_migrations')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });

  it('leaves no tenant on a pooled connection after a request', async () => {
    const response = await api.graphql(
      '{ workspaces(first: 5) { edges { node { id } } } }',
      {},
      as(alice, alice.orgId),
    );
    expect(response.errors).toBeUndefined();
    // The pool has one connection: the one that just served the request.
    const em = api.services.appOrm.em.fork();
    const [setting] = await sql<{ org_id: string | null; user_id: string | null }>(
      em,
      `select current_setting('app.org_id', true) as org_id, current_setting('app.user_id', true) as user_id`,
    );
    expect(setting?.org_id || null).toBeNull();
    expect(setting?.user_id || null).toBeNull();
  });

  it('refuses to start as a role that bypasses row-level security', async () => {
    await expect(startTestApi({ DATABASE_URL: api.databaseUrl, DATABASE_APP_URL: api.databaseUrl })).rejects.toThrow(
      /bypasses row-level security/,
    );
  });
});

/** The application role's URL, as the server derived it (same host and database). */
function appUrlOf(api: TestApi): string {
  const config = api.services.appOrm.config.get('clientUrl');
  if (!config) throw new Error('no application URL');
  return config;
}
