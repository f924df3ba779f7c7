import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_BUNDLES } from '@orgplane/schema';
import { startTestApi, type TestApi } from '../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../test/support/identity.ts';

const VIEWER = '{ viewer { role abilities currentOrganization { id slug } } }';

interface ViewerData {
  viewer: { role: string | null; abilities: string[]; currentOrganization: { id: string; slug: string } | null };
}

/** Tenant resolution: x-tenant-id is checked against an active membership on every request. */
describe('x-tenant-id', () => {
  let api: TestApi;
  let owner: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    api = await startTestApi();
    owner = await signUpUser(api);
    member = await signUpUser(api);
    // Memberships come with invitations (a later issue); arrange one directly.
    await api.query("insert into membership (org_id, user_id, role) values ($1, $2, 'manager')", [
      owner.orgId,
      member.userId,
    ]);
  });
  afterAll(() => api.stop());

  it('accepts an org id or slug and answers the role’s abilities from the catalog', async () => {
    for (const tenant of [owner.orgId, owner.orgSlug, owner.orgSlug.toUpperCase()]) {
      const response = await api.graphql<ViewerData>(VIEWER, {}, as(member, tenant));
      expect(response.data?.viewer.role).toBe('MANAGER');
      expect(response.data?.viewer.abilities).toEqual([...ROLE_BUNDLES.manager]);
      expect(response.data?.viewer.currentOrganization).toEqual({ id: owner.orgId, slug: owner.orgSlug });
    }
  });

  it('answers TENANT_NOT_FOUND alike for an org that does not exist and one the caller is not in', async () => {
    const stranger = await signUpUser(api);
    const notMember = await api.graphql(VIEWER, {}, as(stranger, owner.orgId));
    const missing = await api.graphql(VIEWER, {}, as(stranger, '00000000-0000-4000-8000-000000000000'));
    const missingSlug = await api.graphql(VIEWER, {}, as(stranger, 'no-such-org'));
    expect(codes(notMember)).toEqual(['TENANT_NOT_FOUND']);
    expect(notMember.status).toBe(403);
    expect({ ...missing, errors: missing.errors?.map(({ message, extensions }) => ({ message, extensions })) }).toEqual(
      {
        ...notMember,
        errors: notMember.errors?.map(({ message, extensions }) => ({ message, extensions })),
      },
    );
    expect(codes(missingSlug)).toEqual(['TENANT_NOT_FOUND']);
  });

  it('refuses an archived member on the very next request with the same access token', async () => {
    const archived = await signUpUser(api);
    await api.query("insert into membership (org_id, user_id, role) values ($1, $2, 'admin')", [
      owner.orgId,
      archived.userId,
    ]);
    expect((await api.graphql<ViewerData>(VIEWER, {}, as(archived, owner.orgId))).data?.viewer.role).toBe('ADMIN');
    await api.query("update membership set status = 'archived' where org_id = $1 and user_id = $2", [
      owner.orgId,
      archived.userId,
    ]);
    expect(codes(await api.graphql(VIEWER, {}, as(archived, owner.orgId)))).toEqual(['TENANT_NOT_FOUND']);
    // Their own organization still works.
    expect((await api.graphql<ViewerData>(VIEWER, {}, as(archived, archived.orgId))).data?.viewer.role).toBe('OWNER');
  });

  it('applies a demotion on the very next request', async () => {
    const demoted = await signUpUser(api);
    await api.query("insert into membership (org_id, user_id, role) values ($1, $2, 'admin')", [
      owner.orgId,
      demoted.userId,
    ]);
    await api.query("update membership set role = 'viewer' where org_id = $1 and user_id = $2", [
      owner.orgId,
      demoted.userId,
    ]);
    const response = await api.graphql<ViewerData>(VIEWER, {}, as(demoted, owner.orgId));
    expect(response.data?.viewer.abilities).toEqual([...ROLE_BUNDLES.viewer]);
  });

  it('lists the viewer’s active memberships with role and default flag, and changes the default', async () => {
    type Orgs = {
      viewer: {
        organizations: { edges: Array<{ node: { role: string; isDefault: boolean; organization: { id: string } } }> };
      };
    };
    const query = '{ viewer { organizations(first: 10) { edges { node { role isDefault organization { id } } } } } }';
    const before = await api.graphql<Orgs>(query, {}, as(member));
    expect(before.data?.viewer.organizations.edges.map((edge) => edge.node)).toEqual([
      { role: 'OWNER', isDefault: true, organization: { id: member.orgId } },
      { role: 'MANAGER', isDefault: false, organization: { id: owner.orgId } },
    ]);
    const changed = await api.graphql(
      'mutation($id: ID!) { setDefaultOrganization(input: { organizationId: $id }) { viewer { user { id } } } }',
      { id: owner.orgId },
      as(member),
    );
    expect(changed.errors).toBeUndefined();
    const after = await api.graphql<Orgs>(query, {}, as(member));
    expect(after.data?.viewer.organizations.edges.map((edge) => edge.node.isDefault)).toEqual([false, true]);

    const stranger = await signUpUser(api);
    const refused = await api.graphql(
      'mutation($id: ID!) { setDefaultOrganization(input: { organizationId: $id }) { viewer { user { id } } } }',
      { id: owner.orgId },
      as(stranger),
    );
    expect(codes(refused)).toEqual(['TENANT_NOT_FOUND']);
  });

  it('ignores the header for anonymous callers of public fields', async () => {
    const response = await api.graphql(
      '{ viewer { role } abilityCatalog { roles { id } } }',
      {},
      { 'x-tenant-id': owner.orgId },
    );
    expect(response.errors).toBeUndefined();
    expect((response.data as { viewer: unknown }).viewer).toBeNull();
  });
});
