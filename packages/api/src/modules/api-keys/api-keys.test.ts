import { HUMAN_ONLY_ABILITY_IDS } from '@orgplane/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { addMember, invite } from '../../../test/support/members.ts';

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id prefix scopes status createdByName expiresAt } }
}`;
const EXCHANGE =
  'mutation($s: String!) { exchangeApiKey(input: { secret: $s }) { accessToken expiresAt organizationId scopes } }';

interface Created {
  createApiKey: {
    secret: string;
    apiKey: { id: string; prefix: string; scopes: string[]; status: string; createdByName: string };
  };
}
interface Exchanged {
  exchangeApiKey: { accessToken: string; expiresAt: string; organizationId: string; scopes: string[] };
}

describe('API keys', () => {
  let api: TestApi;
  let owner: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
    owner = await signUpUser(api, { displayName: 'Key Owner' });
    admin = await addMember(api, owner, 'ADMIN');
  });
  afterAll(() => api.stop());

  const bearer = (token: string, tenant?: string) => ({
    authorization: `Bearer ${token}`,
    ...(tenant ? { 'x-tenant-id': tenant } : {}),
  });

  it('creates a key, exchanges it, acts within its scopes, and stops working once revoked', async () => {
    const created = await api.graphql<Created>(
      CREATE,
      { input: { name: 'CI deployer', scopes: ['workspaces.read', 'workspaces.create'] } },
      as(admin, owner.orgId),
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^opk_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey).toMatchObject({
      status: 'ACTIVE',
      scopes: ['workspaces.read', 'workspaces.create'],
      createdByName: 'Test User',
    });
    // Only a hash is stored.
    const dump = JSON.stringify(await api.query('select * from api_key'));
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(secret.slice(16));

    const exchanged = await api.graphql<Exchanged>(EXCHANGE, { s: secret });
    const { accessToken, organizationId, scopes, expiresAt } = exchanged.data!.exchangeApiKey;
    expect(organizationId).toBe(owner.orgId);
    expect(scopes).toEqual(['workspaces.read', 'workspaces.create']);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);

    // Allowed: within the scopes; the key's org is the tenant even without the header.
    const made = await api.graphql<{ createWorkspace: { workspace: { id: string; slug: string } } }>(
      'mutation { createWorkspace(input: { name: "From CI" }) { workspace { id slug } } }',
      {},
      bearer(accessToken),
    );
    expect(made.errors).toBeUndefined();
    const [audit] = await api.query<{ actor_label: string; actor_user_id: string | null }>(
      "select actor_label, actor_user_id from audit_event where org_id = $1 and action = 'workspace.created'",
      [owner.orgId],
    );
    expect(audit).toEqual({ actor_label: 'api-key:CI deployer', actor_user_id: null });

    // Forbidden: outside the scopes, or things only people do.
    const workspaceId = made.data!.createWorkspace.workspace.id;
    const deleting = await api.graphql(
      'mutation($id: ID!) { deleteWorkspace(input: { workspaceId: $id, confirmSlug: "from-ci" }) { workspace { id } } }',
      { id: workspaceId },
      bearer(accessToken, owner.orgId),
    );
    expect(codes(deleting)).toEqual(['FORBIDDEN']);
    expect(deleting.errors?.[0]?.extensions?.ability).toBe('workspaces.delete');
    expect(
      codes(await api.graphql('{ members(first: 1) { edges { node { id } } } }', {}, bearer(accessToken))),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(await api.graphql('mutation { signOut(input: {}) { revokedSessionCount } }', {}, bearer(accessToken))),
    ).toEqual(['UNAUTHENTICATED']);
    expect((await api.graphql('{ viewer { user { id } } }', {}, bearer(accessToken))).data).toEqual({ viewer: null });
    // Another tenant is refused.
    expect(
      codes(
        await api.graphql('{ workspaces(first: 1) { edges { node { id } } } }', {}, bearer(accessToken, admin.orgId)),
      ),
    ).toEqual(['TENANT_NOT_FOUND']);

    const listed = await api.graphql<{
      apiKeys: { edges: Array<{ node: { id: string; lastUsedAt: string | null } }> };
    }>('{ apiKeys(first: 10) { edges { node { id lastUsedAt } } } }', {}, as(owner, owner.orgId));
    expect(listed.data?.apiKeys.edges.find((edge) => edge.node.id === apiKey.id)?.node.lastUsedAt).not.toBeNull();

    const revoked = await api.graphql<{ revokeApiKey: { apiKey: { status: string } } }>(
      'mutation($id: ID!) { revokeApiKey(input: { apiKeyId: $id }) { apiKey { status } } }',
      { id: apiKey.id },
      as(admin, owner.orgId),
    );
    expect(revoked.data?.revokeApiKey.apiKey.status).toBe('REVOKED');
    // The token already issued is refused on its very next request, and the secret no longer exchanges.
    const after = await api.graphql('{ workspaces(first: 1) { edges { node { id } } } }', {}, bearer(accessToken));
    expect(after.status).toBe(401);
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.graphql(EXCHANGE, { s: secret }))).toEqual(['UNAUTHENTICATED']);
  });

  it('never grants more than the creator holds, and refuses bad input', async () => {
    const tooWide = await api.graphql(
      CREATE,
      { input: { name: 'Greedy', scopes: ['billing.manage'] } },
      as(admin, owner.orgId),
    );
    expect(codes(tooWide)).toEqual(['VALIDATION_FAILED']);
    expect(tooWide.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'scopes', message: 'billing.manage is more than you may grant' },
    ]);
    const unknown = await api.graphql(
      CREATE,
      { input: { name: 'Odd', scopes: ['everything.ever'] } },
      as(owner, owner.orgId),
    );
    expect(codes(unknown)).toEqual(['VALIDATION_FAILED']);
    const past = await api.graphql(
      CREATE,
      { input: { name: 'Old', scopes: ['workspaces.read'], expiresAt: '2020-01-01T00:00:00.000Z' } },
      as(owner, owner.orgId),
    );
    expect(codes(past)).toEqual(['VALIDATION_FAILED']);
  });

  it('stops an expired key at once, and answers a wrong secret the same as a revoked one', async () => {
    const created = await api.graphql<Created>(
      CREATE,
      { input: { name: 'Short-lived', scopes: ['workspaces.read'] } },
      as(owner, owner.orgId),
    );
    const { secret, apiKey } = created.data!.createApiKey;
    const token = (await api.graphql<Exchanged>(EXCHANGE, { s: secret })).data!.exchangeApiKey.accessToken;
    await api.query(`update api_key set expires_at = now() - interval '1 second' where id = $1`, [apiKey.id]);
    expect(codes(await api.graphql('{ workspaces(first: 1) { edges { node { id } } } }', {}, bearer(token)))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const expired = await api.graphql(EXCHANGE, { s: secret });
    const garbage = await api.graphql(EXCHANGE, { s: `${apiKey.prefix}_${'x'.repeat(43)}` });
    expect(expired).toEqual(garbage);
    expect(codes(garbage)).toEqual(['UNAUTHENTICATED']);
  });

  it('narrows a key to what its creator still holds, at once, and stops it when the creator leaves', async () => {
    const creator = await addMember(api, owner, 'ADMIN');
    const created = await api.graphql<Created>(
      CREATE,
      { input: { name: 'Directory sync', scopes: ['members.read', 'workspaces.read'] } },
      as(creator, owner.orgId),
    );
    const { secret } = created.data!.createApiKey;
    const token = (await api.graphql<Exchanged>(EXCHANGE, { s: secret })).data!.exchangeApiKey.accessToken;
    const MEMBERS = '{ members(first: 1) { edges { cursor } } }';
    const WORKSPACES = '{ workspaces(first: 1) { edges { cursor } } }';
    const inForce = async () => {
      const listed = await api.graphql<{
        apiKeys: { edges: Array<{ node: { name: string; scopesInForce: string[] } }> };
      }>('{ apiKeys(first: 50) { edges { node { name scopesInForce } } } }', {}, as(owner, owner.orgId));
      return listed.data!.apiKeys.edges.find((edge) => edge.node.name === 'Directory sync')?.node.scopesInForce;
    };
    expect(codes(await api.graphql(MEMBERS, {}, bearer(token)))).toEqual([]);
    expect(await inForce()).toEqual(['members.read', 'workspaces.read']);

    // Demoted to manager, who may not read members: the token already issued loses that at once.
    const CHANGE =
      'mutation($id: ID!) { changeMemberRole(input: { membershipId: $id, role: MANAGER }) { member { id } } }';
    expect((await api.graphql(CHANGE, { id: creator.membershipId }, as(owner, owner.orgId))).errors).toBeUndefined();
    expect(codes(await api.graphql(MEMBERS, {}, bearer(token)))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(WORKSPACES, {}, bearer(token)))).toEqual([]);
    expect(await inForce()).toEqual(['workspaces.read']);
    expect((await api.graphql<Exchanged>(EXCHANGE, { s: secret })).data!.exchangeApiKey.scopes).toEqual([
      'workspaces.read',
    ]);

    // Archived: the key can do nothing until the creator is back.
    const ARCHIVE = 'mutation($id: ID!) { archiveMember(input: { membershipId: $id }) { member { id } } }';
    expect((await api.graphql(ARCHIVE, { id: creator.membershipId }, as(owner, owner.orgId))).errors).toBeUndefined();
    expect(codes(await api.graphql(WORKSPACES, {}, bearer(token)))).toEqual(['FORBIDDEN']);
    expect(await inForce()).toEqual([]);
  });

  it('refuses to give a key a human-only ability, naming it at `scopes`', async () => {
    for (const scope of HUMAN_ONLY_ABILITY_IDS) {
      const refused = await api.graphql(
        CREATE,
        { input: { name: 'Admin bot', scopes: ['workspaces.read', scope] } },
        as(owner, owner.orgId),
      );
      expect(codes(refused), scope).toEqual(['VALIDATION_FAILED']);
      expect(refused.errors?.[0]?.extensions?.fields, scope).toEqual([
        { path: 'scopes', message: `${scope} stays with people: an API key cannot hold it` },
      ]);
    }
    const [{ count }] = (await api.query<{ count: number }>(
      "select count(*)::int as count from api_key where name = 'Admin bot'",
    )) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('never lets a key use a human-only ability, even one stored with it', async () => {
    const created = await api.graphql<Created>(
      CREATE,
      { input: { name: 'Legacy admin bot', scopes: ['workspaces.read'] } },
      as(owner, owner.orgId),
    );
    const { secret, apiKey } = created.data!.createApiKey;
    // As a key written before the rule, or straight into the table: every ability the owner holds.
    await api.query('update api_key set scopes = $1::text[] where id = $2', [
      ['workspaces.read', 'members.read', 'invitations.read', ...HUMAN_ONLY_ABILITY_IDS],
      apiKey.id,
    ]);
    const exchanged = (await api.graphql<Exchanged>(EXCHANGE, { s: secret })).data!.exchangeApiKey;
    expect(exchanged.scopes).toEqual(['workspaces.read', 'members.read', 'invitations.read']);
    const listed = await api.graphql<{
      apiKeys: { edges: Array<{ node: { id: string; scopesInForce: string[] } }> };
    }>('{ apiKeys(first: 50) { edges { node { id scopesInForce } } } }', {}, as(owner, owner.orgId));
    expect(listed.data!.apiKeys.edges.find((edge) => edge.node.id === apiKey.id)?.node.scopesInForce).toEqual([
      'workspaces.read',
      'members.read',
      'invitations.read',
    ]);

    const target = await addMember(api, owner, 'ADMIN');
    const [pending] = await invite(api, owner, owner.orgId, [
      { email: `pending-${Date.now()}@example.com`, role: 'VIEWER' },
    ]);
    const invitationId = pending!.invitation!.id;
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      [
        'invitations.create',
        'mutation { inviteMembers(input: { invitations: [{ email: "bot-invitee@example.com", role: ADMIN }] }) { results { error { code } } } }',
        {},
      ],
      [
        'invitations.resend',
        'mutation($id: ID!) { resendInvitation(input: { invitationId: $id }) { invitation { id } } }',
        { id: invitationId },
      ],
      [
        'invitations.revoke',
        'mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { id } } }',
        { id: invitationId },
      ],
      [
        'members.archive',
        'mutation($id: ID!) { archiveMember(input: { membershipId: $id }) { member { id } } }',
        { id: target.membershipId },
      ],
      [
        'members.archive',
        'mutation($id: ID!) { reactivateMember(input: { membershipId: $id }) { member { id } } }',
        { id: target.membershipId },
      ],
      [
        'members.changeRole',
        'mutation($id: ID!) { changeMemberRole(input: { membershipId: $id, role: VIEWER }) { member { id } } }',
        { id: target.membershipId },
      ],
      [
        'organization.transferOwnership',
        'mutation($id: ID!, $p: String!) { transferOwnership(input: { targetMembershipId: $id, password: $p }) { __typename } }',
        { id: target.membershipId, p: owner.password },
      ],
      [
        'organization.delete',
        'mutation($p: String!) { archiveOrganization(input: { password: $p }) { organizationId } }',
        { p: owner.password },
      ],
    ];
    expect(new Set(attempts.map(([ability]) => ability))).toEqual(new Set(HUMAN_ONLY_ABILITY_IDS));
    for (const [ability, mutation, variables] of attempts) {
      const response = await api.graphql(mutation, variables, bearer(exchanged.accessToken));
      expect(codes(response), mutation).toEqual(['FORBIDDEN']);
      expect(response.errors?.[0]?.extensions?.ability, mutation).toBe(ability);
    }
    // Nothing changed: the reads the key does hold still work and show it.
    const [state] = await api.query<{ invitations: number; role: string; status: string; org: string }>(
      `select (select count(*)::int from invitation where org_id = $1 and status = 'pending') as invitations,
              m.role, m.status, o.status as org
         from membership m join organization o on o.id = m.org_id where m.id = $2`,
      [owner.orgId, target.membershipId],
    );
    expect(state).toEqual({ invitations: 1, role: 'admin', status: 'active', org: 'active' });
    expect(
      codes(await api.graphql('{ members(first: 1) { edges { cursor } } }', {}, bearer(exchanged.accessToken))),
    ).toEqual([]);
  });

  it('serves the human-only marker in the public catalog', async () => {
    const response = await api.graphql<{
      abilityCatalog: { sections: Array<{ abilities: Array<{ id: string; humanOnly: boolean }> }> };
    }>('{ abilityCatalog { sections { abilities { id humanOnly } } } }');
    const marked = response
      .data!.abilityCatalog.sections.flatMap((section) => section.abilities)
      .filter((ability) => ability.humanOnly)
      .map((ability) => ability.id);
    expect(marked).toEqual([...HUMAN_ONLY_ABILITY_IDS]);
  });
});
