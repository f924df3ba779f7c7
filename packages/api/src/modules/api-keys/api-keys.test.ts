import { HUMAN_ONLY_ABILITY_IDS } from '@orgplane/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { graphql } from '../../../test/generated/index.ts';
import { CREATE_API_KEY as CREATE, EXCHANGE_API_KEY as EXCHANGE } from '../../../test/support/api-keys.ts';
import type { GraphQLResponse } from '../../../test/support/graphql-client.ts';
import {
  addMember,
  ARCHIVE_MEMBER,
  CHANGE_MEMBER_ROLE,
  invite,
  INVITE,
  REACTIVATE_MEMBER,
  TRANSFER_OWNERSHIP,
} from '../../../test/support/members.ts';

const API_KEYS = graphql(`
  query ApiKeyList {
    apiKeys(first: 50) {
      edges {
        node {
          id
          name
          lastUsedAt
          scopesInForce
        }
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeApiKey($apiKeyId: ID!) {
    revokeApiKey(input: { apiKeyId: $apiKeyId }) {
      apiKey {
        status
      }
    }
  }
`);

const CREATE_WORKSPACE = graphql(`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(input: { name: $name }) {
      workspace {
        id
        slug
      }
    }
  }
`);

const DELETE_WORKSPACE = graphql(`
  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {
    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {
      workspace {
        id
      }
    }
  }
`);

const MEMBERS = graphql(`
  query MemberCursor {
    members(first: 1) {
      edges {
        cursor
      }
    }
  }
`);

const WORKSPACES = graphql(`
  query WorkspaceCursor {
    workspaces(first: 1) {
      edges {
        cursor
      }
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut(input: {}) {
      revokedSessionCount
    }
  }
`);

const VIEWER_USER = graphql(`
  query ViewerUser {
    viewer {
      user {
        id
      }
    }
  }
`);

const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($invitationId: ID!) {
    resendInvitation(input: { invitationId: $invitationId }) {
      invitation {
        id
      }
    }
  }
`);

const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(input: { invitationId: $invitationId }) {
      invitation {
        id
      }
    }
  }
`);

const ARCHIVE_ORGANIZATION = graphql(`
  mutation ArchiveOrganization($password: String!) {
    archiveOrganization(input: { password: $password }) {
      organizationId
    }
  }
`);

const CATALOG = graphql(`
  query HumanOnlyCatalog {
    abilityCatalog {
      sections {
        abilities {
          id
          humanOnly
        }
      }
    }
  }
`);

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
    const created = await api.request(
      CREATE,
      { input: { name: 'CI deployer', scopes: ['workspaces.read', 'workspaces.create'] } },
      as(admin, owner.orgId),
    );
    const { secret, apiKey } = created.data!.createApiKey!;
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

    const exchanged = await api.request(EXCHANGE, { secret });
    const { accessToken, organizationId, scopes, expiresAt } = exchanged.data!.exchangeApiKey!;
    expect(organizationId).toBe(owner.orgId);
    expect(scopes).toEqual(['workspaces.read', 'workspaces.create']);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);

    // Allowed: within the scopes; the key's org is the tenant even without the header.
    const made = await api.request(CREATE_WORKSPACE, { name: 'From CI' }, bearer(accessToken));
    expect(made.errors).toBeUndefined();
    const [audit] = await api.query<{ actor_label: string; actor_user_id: string | null }>(
      "select actor_label, actor_user_id from audit_event where org_id = $1 and action = 'workspace.created'",
      [owner.orgId],
    );
    expect(audit).toEqual({ actor_label: 'api-key:CI deployer', actor_user_id: null });

    // Forbidden: outside the scopes, or things only people do.
    const workspaceId = made.data!.createWorkspace!.workspace.id;
    const deleting = await api.request(
      DELETE_WORKSPACE,
      { workspaceId, confirmSlug: 'from-ci' },
      bearer(accessToken, owner.orgId),
    );
    expect(codes(deleting)).toEqual(['FORBIDDEN']);
    expect(deleting.errors?.[0]?.extensions?.ability).toBe('workspaces.delete');
    expect(codes(await api.request(MEMBERS, {}, bearer(accessToken)))).toEqual(['FORBIDDEN']);
    expect(codes(await api.request(SIGN_OUT, {}, bearer(accessToken)))).toEqual(['UNAUTHENTICATED']);
    expect((await api.request(VIEWER_USER, {}, bearer(accessToken))).data).toEqual({ viewer: null });
    // Another tenant is refused.
    expect(codes(await api.request(WORKSPACES, {}, bearer(accessToken, admin.orgId)))).toEqual(['TENANT_NOT_FOUND']);

    const listed = await api.request(API_KEYS, {}, as(owner, owner.orgId));
    expect(listed.data?.apiKeys.edges.find((edge) => edge.node.id === apiKey.id)?.node.lastUsedAt).not.toBeNull();

    const revoked = await api.request(REVOKE, { apiKeyId: apiKey.id }, as(admin, owner.orgId));
    expect(revoked.data?.revokeApiKey?.apiKey.status).toBe('REVOKED');
    // The token already issued is refused on its very next request, and the secret no longer exchanges.
    const after = await api.request(WORKSPACES, {}, bearer(accessToken));
    expect(after.status).toBe(401);
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.request(EXCHANGE, { secret }))).toEqual(['UNAUTHENTICATED']);
  });

  it('never grants more than the creator holds, and refuses bad input', async () => {
    const tooWide = await api.request(
      CREATE,
      { input: { name: 'Greedy', scopes: ['billing.manage'] } },
      as(admin, owner.orgId),
    );
    expect(codes(tooWide)).toEqual(['VALIDATION_FAILED']);
    expect(tooWide.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'scopes', message: 'billing.manage is more than you may grant' },
    ]);
    const unknown = await api.request(
      CREATE,
      { input: { name: 'Odd', scopes: ['everything.ever'] } },
      as(owner, owner.orgId),
    );
    expect(codes(unknown)).toEqual(['VALIDATION_FAILED']);
    const past = await api.request(
      CREATE,
      { input: { name: 'Old', scopes: ['workspaces.read'], expiresAt: '2020-01-01T00:00:00.000Z' } },
      as(owner, owner.orgId),
    );
    expect(codes(past)).toEqual(['VALIDATION_FAILED']);
  });

  it('stops an expired key at once, and answers a wrong secret the same as a revoked one', async () => {
    const created = await api.request(
      CREATE,
      { input: { name: 'Short-lived', scopes: ['workspaces.read'] } },
      as(owner, owner.orgId),
    );
    const { secret, apiKey } = created.data!.createApiKey!;
    const token = (await api.request(EXCHANGE, { secret })).data!.exchangeApiKey!.accessToken;
    await api.query(`update api_key set expires_at = now() - interval '1 second' where id = $1`, [apiKey.id]);
    expect(codes(await api.request(WORKSPACES, {}, bearer(token)))).toEqual(['UNAUTHENTICATED']);
    const expired = await api.request(EXCHANGE, { secret });
    const garbage = await api.request(EXCHANGE, { secret: `${apiKey.prefix}_${'x'.repeat(43)}` });
    expect(expired).toEqual(garbage);
    expect(codes(garbage)).toEqual(['UNAUTHENTICATED']);
  });

  it('narrows a key to what its creator still holds, at once, and stops it when the creator leaves', async () => {
    const creator = await addMember(api, owner, 'ADMIN');
    const created = await api.request(
      CREATE,
      { input: { name: 'Directory sync', scopes: ['members.read', 'workspaces.read'] } },
      as(creator, owner.orgId),
    );
    const { secret } = created.data!.createApiKey!;
    const token = (await api.request(EXCHANGE, { secret })).data!.exchangeApiKey!.accessToken;
    const inForce = async () => {
      const listed = await api.request(API_KEYS, {}, as(owner, owner.orgId));
      return listed.data!.apiKeys.edges.find((edge) => edge.node.name === 'Directory sync')?.node.scopesInForce;
    };
    expect(codes(await api.request(MEMBERS, {}, bearer(token)))).toEqual([]);
    expect(await inForce()).toEqual(['members.read', 'workspaces.read']);

    // Demoted to manager, who may not read members: the token already issued loses that at once.
    const demoted = await api.request(
      CHANGE_MEMBER_ROLE,
      { membershipId: creator.membershipId, role: 'MANAGER' },
      as(owner, owner.orgId),
    );
    expect(demoted.errors).toBeUndefined();
    expect(codes(await api.request(MEMBERS, {}, bearer(token)))).toEqual(['FORBIDDEN']);
    expect(codes(await api.request(WORKSPACES, {}, bearer(token)))).toEqual([]);
    expect(await inForce()).toEqual(['workspaces.read']);
    expect((await api.request(EXCHANGE, { secret })).data!.exchangeApiKey!.scopes).toEqual(['workspaces.read']);

    // Archived: the key can do nothing until the creator is back.
    const archived = await api.request(ARCHIVE_MEMBER, { membershipId: creator.membershipId }, as(owner, owner.orgId));
    expect(archived.errors).toBeUndefined();
    expect(codes(await api.request(WORKSPACES, {}, bearer(token)))).toEqual(['FORBIDDEN']);
    expect(await inForce()).toEqual([]);
  });

  it('refuses to give a key a human-only ability, naming it at `scopes`', async () => {
    for (const scope of HUMAN_ONLY_ABILITY_IDS) {
      const refused = await api.request(
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
    const created = await api.request(
      CREATE,
      { input: { name: 'Legacy admin bot', scopes: ['workspaces.read'] } },
      as(owner, owner.orgId),
    );
    const { secret, apiKey } = created.data!.createApiKey!;
    // As a key written before the rule, or straight into the table: every ability the owner holds.
    await api.query('update api_key set scopes = $1::text[] where id = $2', [
      ['workspaces.read', 'members.read', 'invitations.read', ...HUMAN_ONLY_ABILITY_IDS],
      apiKey.id,
    ]);
    const exchanged = (await api.request(EXCHANGE, { secret })).data!.exchangeApiKey!;
    expect(exchanged.scopes).toEqual(['workspaces.read', 'members.read', 'invitations.read']);
    const listed = await api.request(API_KEYS, {}, as(owner, owner.orgId));
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
    const asKey = bearer(exchanged.accessToken);
    const membershipId = target.membershipId;
    const attempts: Array<[string, () => Promise<GraphQLResponse<unknown>>]> = [
      [
        'invitations.create',
        () =>
          api.request(INVITE, { input: { invitations: [{ email: 'bot-invitee@example.com', role: 'ADMIN' }] } }, asKey),
      ],
      ['invitations.resend', () => api.request(RESEND_INVITATION, { invitationId }, asKey)],
      ['invitations.revoke', () => api.request(REVOKE_INVITATION, { invitationId }, asKey)],
      ['members.archive', () => api.request(ARCHIVE_MEMBER, { membershipId }, asKey)],
      ['members.archive', () => api.request(REACTIVATE_MEMBER, { membershipId }, asKey)],
      ['members.changeRole', () => api.request(CHANGE_MEMBER_ROLE, { membershipId, role: 'VIEWER' }, asKey)],
      [
        'organization.transferOwnership',
        () => api.request(TRANSFER_OWNERSHIP, { targetMembershipId: membershipId, password: owner.password }, asKey),
      ],
      ['organization.delete', () => api.request(ARCHIVE_ORGANIZATION, { password: owner.password }, asKey)],
    ];
    expect(new Set(attempts.map(([ability]) => ability))).toEqual(new Set(HUMAN_ONLY_ABILITY_IDS));
    for (const [ability, attempt] of attempts) {
      const response = await attempt();
      expect(codes(response), ability).toEqual(['FORBIDDEN']);
      expect(response.errors?.[0]?.extensions?.ability, ability).toBe(ability);
    }
    // Nothing changed: the reads the key does hold still work and show it.
    const [state] = await api.query<{ invitations: number; role: string; status: string; org: string }>(
      `select (select count(*)::int from invitation where org_id = $1 and status = 'pending') as invitations,
              m.role, m.status, o.status as org
         from membership m join organization o on o.id = m.org_id where m.id = $2`,
      [owner.orgId, target.membershipId],
    );
    expect(state).toEqual({ invitations: 1, role: 'admin', status: 'active', org: 'active' });
    expect(codes(await api.request(MEMBERS, {}, asKey))).toEqual([]);
  });

  it('serves the human-only marker in the public catalog', async () => {
    const response = await api.request(CATALOG);
    const marked = response
      .data!.abilityCatalog.sections.flatMap((section) => section.abilities)
      .filter((ability) => ability.humanOnly)
      .map((ability) => ability.id);
    expect(marked).toEqual([...HUMAN_ONLY_ABILITY_IDS]);
  });
});
