/**
 * Names people read (display names; organization, workspace, environment and API-key names) go
 * into email subjects and across the console. Every input that sets one cleans it (no control,
 * bidi or zero-width characters, one space for any run of whitespace) and refuses links; every
 * slug input refuses a slug shaped like an id, because `x-tenant-id` takes an id or a slug.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/api.ts';
import { SIGN_UP, as, codes, newIp, signUpUser, type TestUser } from './support/identity.ts';
import { invite } from './support/members.ts';

const LINK = 'Billing: pay at https://pay-here.example.com now';
// A right-to-left override, a zero-width space, a line break and a tab: "Eve Admin" to a reader.
const HIDDEN = 'Eve\u202E\u200B\r\nAd\u2066min\t';
const SHOWN = 'Eve Admin';
const ID_SLUG = '0b5c1f7e-8d1a-4c3b-9e2f-5a6b7c8d9e0f';

function fieldPaths(response: GraphQLResponse<unknown>): unknown {
  return (response.errors?.[0]?.extensions?.fields as Array<{ path: string }> | undefined)?.map((f) => f.path);
}

function refusedAt(response: GraphQLResponse<unknown>, path: string): void {
  expect(codes(response)).toEqual(['VALIDATION_FAILED']);
  expect(fieldPaths(response)).toEqual([path]);
}

describe('names people read', () => {
  let api: TestApi;
  let owner: TestUser;
  let workspaceId: string;
  let environmentId: string;

  beforeAll(async () => {
    api = await startTestApi();
    owner = await signUpUser(api);
    const workspace = await api.graphql<{ createWorkspace: { workspace: { id: string } } }>(
      'mutation { createWorkspace(input: { name: "Platform" }) { workspace { id } } }',
      {},
      as(owner, owner.orgId),
    );
    workspaceId = workspace.data!.createWorkspace.workspace.id;
    const environment = await api.graphql<{ createEnvironment: { environment: { id: string } } }>(
      `mutation($w: ID!) { createEnvironment(input: { workspaceId: $w, name: "Staging", tier: STAGE, deploymentHost: LOCALHOST }) { environment { id } } }`,
      { w: workspaceId },
      as(owner, owner.orgId),
    );
    environmentId = environment.data!.createEnvironment.environment.id;
  });
  afterAll(() => api.stop());

  const mutations = {
    signUp: (name: string) =>
      api.request(
        SIGN_UP,
        {
          input: {
            email: `n-${Math.random().toString(36).slice(2)}@example.com`,
            displayName: name,
            password: 'a long enough passphrase 1',
          },
        },
        { 'x-forwarded-for': newIp() },
      ),
    updateProfile: (name: string) =>
      api.graphql(
        'mutation($n: String!) { updateProfile(input: { displayName: $n }) { user { displayName } } }',
        { n: name },
        as(owner),
      ),
    createOrganization: (name: string, slug?: string) =>
      api.graphql(
        'mutation($n: String!, $s: String) { createOrganization(input: { name: $n, slug: $s }) { organization { id name slug } } }',
        { n: name, s: slug },
        as(owner),
      ),
    renameOrganization: (name: string | null, slug?: string) =>
      api.graphql(
        'mutation($n: String, $s: String) { renameOrganization(input: { name: $n, slug: $s }) { organization { name slug } } }',
        { n: name, s: slug },
        as(owner, owner.orgId),
      ),
    createWorkspace: (name: string, slug?: string) =>
      api.graphql(
        'mutation($n: String!, $s: String) { createWorkspace(input: { name: $n, slug: $s }) { workspace { id name slug } } }',
        { n: name, s: slug },
        as(owner, owner.orgId),
      ),
    updateWorkspace: (name: string | null, slug?: string) =>
      api.graphql(
        'mutation($id: ID!, $n: String, $s: String) { updateWorkspace(input: { workspaceId: $id, name: $n, slug: $s }) { workspace { name slug } } }',
        { id: workspaceId, n: name, s: slug },
        as(owner, owner.orgId),
      ),
    createEnvironment: (name: string, slug?: string) =>
      api.graphql(
        `mutation($w: ID!, $n: String!, $s: String) {
          createEnvironment(input: { workspaceId: $w, name: $n, slug: $s, tier: DEV, deploymentHost: LOCALHOST }) { environment { id name slug } }
        }`,
        { w: workspaceId, n: name, s: slug },
        as(owner, owner.orgId),
      ),
    updateEnvironment: (name: string) =>
      api.graphql(
        'mutation($id: ID!, $n: String) { updateEnvironment(input: { environmentId: $id, name: $n }) { environment { name } } }',
        { id: environmentId, n: name },
        as(owner, owner.orgId),
      ),
    createApiKey: (name: string) =>
      api.graphql(
        'mutation($n: String!) { createApiKey(input: { name: $n, scopes: ["workspaces.read"] }) { apiKey { id name } } }',
        { n: name },
        as(owner, owner.orgId),
      ),
  };
  const NAME_PATHS = {
    signUp: 'displayName',
    updateProfile: 'displayName',
    createOrganization: 'name',
    renameOrganization: 'name',
    createWorkspace: 'name',
    updateWorkspace: 'name',
    createEnvironment: 'name',
    updateEnvironment: 'name',
    createApiKey: 'name',
  } as const;

  async function namesInDatabase(): Promise<string[]> {
    const rows = await api.query<{ name: string }>(
      `select display_name as name from app_user union all select name from organization
       union all select name from workspace union all select name from environment union all select name from api_key`,
    );
    return rows.map((row) => row.name);
  }

  it('refuses a name that carries a link, at its field, and changes nothing', async () => {
    const before = await namesInDatabase();
    for (const [mutation, path] of Object.entries(NAME_PATHS) as Array<[keyof typeof NAME_PATHS, string]>) {
      for (const name of [LINK, 'pay-here.example.com', 'www.example.org team', 'ceo@acme-payments.com']) {
        const response = await mutations[mutation](name);
        expect(codes(response), `${mutation} ${name}`).toEqual(['VALIDATION_FAILED']);
        expect(fieldPaths(response), `${mutation} ${name}`).toEqual([path]);
      }
    }
    expect(await namesInDatabase()).toEqual(before);
  });

  it('stores every name without bidi, zero-width or control characters, on one line', async () => {
    for (const mutation of Object.keys(NAME_PATHS) as Array<keyof typeof NAME_PATHS>) {
      const response = await mutations[mutation](HIDDEN);
      expect(response.errors, mutation).toBeUndefined();
    }
    const stored = await namesInDatabase();
    expect(stored.filter((name) => name === SHOWN)).toHaveLength(Object.keys(NAME_PATHS).length);
    expect(stored.filter((name) => /[\p{Cc}\p{Cf}]/u.test(name))).toEqual([]);
  });

  it('fits the default organization of a 100-character display name in 100 characters', async () => {
    const user = await signUpUser(api, { displayName: 'N'.repeat(100) });
    const [organization] = await api.query<{ name: string }>('select name from organization where id = $1', [
      user.orgId,
    ]);
    expect(organization?.name).toBe(`${'N'.repeat(85)}'s organization`);
  });

  it('refuses a name that is only invisible characters', async () => {
    refusedAt(await mutations.createWorkspace('\u200B\u202E \n'), 'name');
    refusedAt(await mutations.updateProfile('\u2066\u2069'), 'displayName');
  });

  it('keeps ordinary names with dots and abbreviations', async () => {
    for (const name of ['Acme Inc.', 'J. R. Smith', 'Node.js Guild']) {
      const response = await mutations.createWorkspace(name);
      expect(response.errors, name).toBeUndefined();
    }
  });

  it('refuses a slug shaped like an id, at `slug`', async () => {
    for (const slug of [ID_SLUG, ID_SLUG.replaceAll('-', '')]) {
      refusedAt(await mutations.createOrganization('Lookalike', slug), 'slug');
      refusedAt(await mutations.renameOrganization(null, slug), 'slug');
      refusedAt(await mutations.createWorkspace('Lookalike', slug), 'slug');
      refusedAt(await mutations.updateWorkspace(null, slug), 'slug');
      refusedAt(await mutations.createEnvironment('Lookalike', slug), 'slug');
    }
    const [{ count }] = (await api.query<{ count: number }>(
      `select count(*)::int as count from (select slug from organization union all select slug from workspace
       union all select slug from environment) s where replace(slug, '-', '') ~ '^[0-9a-f]{32}$'`,
    )) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('never makes an id-shaped slug from a name', async () => {
    const response = await mutations.createOrganization(ID_SLUG);
    expect(response.errors).toBeUndefined();
    const { slug } = (response.data as { createOrganization: { organization: { slug: string } } }).createOrganization
      .organization;
    expect(slug.replaceAll('-', '')).not.toMatch(/^[0-9a-f]{32}$/);
  });

  it('cleans the banner (links allowed) and the industry (links refused) too', async () => {
    const SETTINGS =
      'mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { organization { id } } }';
    const saved = await api.graphql(
      SETTINGS,
      {
        input: {
          banner: {
            message: 'Maintenance\u202E tonight:\nsee https://status.acme.test',
            variant: 'INFO',
            dismissible: true,
          },
        },
      },
      as(owner, owner.orgId),
    );
    expect(saved.errors).toBeUndefined();
    const refused = await api.graphql(
      SETTINGS,
      { input: { general: { industry: 'Visit acme-payments.com', supportTier: 'STANDARD' } } },
      as(owner, owner.orgId),
    );
    refusedAt(refused, 'general.industry');
    const [row] = await api.query<{ banner_message: string; industry: string | null }>(
      'select banner_message, industry from organization where id = $1',
      [owner.orgId],
    );
    expect(row).toEqual({ banner_message: 'Maintenance tonight: see https://status.acme.test', industry: null });
  });

  it('sends an invitation whose subject is one line even when stored names are not', async () => {
    // Rows written before names were cleaned.
    await api.query('update app_user set display_name = $1 where id = $2', [
      'Mallory\r\nBcc: victim@example.com\u202E',
      owner.userId,
    ]);
    await api.query('update organization set name = $1 where id = $2', ['Billing\n\nPay now\u200B', owner.orgId]);
    const email = `subject-${Date.now()}@example.com`;
    await invite(api, owner, owner.orgId, [{ email, role: 'MEMBER' }]);
    const [mail] = await api.query<{ subject: string }>('select subject from outbox_email where to_address = $1', [
      email,
    ]);
    expect(mail?.subject).toBe('Mallory Bcc: victim@example.com invited you to Billing Pay now on Orgplane');
  });
});
