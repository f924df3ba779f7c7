import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { addMember } from '../../../test/support/members.ts';

const CREATE_WORKSPACE =
  'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { workspace { id name slug description environmentCount } } }';
const CREATE_ENVIRONMENT = `mutation($input: CreateEnvironmentInput!) {
  createEnvironment(input: $input) { environment { id slug tier deploymentHost executionSettings credentials { configured fingerprint updatedAt } } }
}`;
const SET_CREDENTIALS = `mutation($id: ID!, $c: String!) {
  setEnvironmentCredentials(input: { environmentId: $id, credentials: $c }) { environment { credentials { configured fingerprint updatedAt } } }
}`;

function fieldsOf(response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) {
  return (response.errors?.[0]?.extensions?.fields as Array<{ path: string }> | undefined)?.map((field) => field.path);
}

describe('workspaces and environments', () => {
  let api: TestApi;
  let owner: TestUser;
  let manager: TestUser;
  let member: TestUser;
  let viewer: TestUser;
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
    owner = await signUpUser(api);
    manager = await addMember(api, owner, 'MANAGER');
    member = await addMember(api, owner, 'MEMBER');
    viewer = await addMember(api, owner, 'VIEWER');
  });
  afterAll(() => api.stop());

  const inOrg = (user: TestUser) => as(user, owner.orgId);
  const createWorkspace = async (user: TestUser, name: string, slug?: string) =>
    api.graphql<{ createWorkspace: { workspace: { id: string; slug: string; environmentCount: number } } }>(
      CREATE_WORKSPACE,
      { input: { name, slug, description: 'For tests' } },
      inOrg(user),
    );

  it('creates workspaces with a slug unique in the org; members may create but not delete; managers delete with the slug typed', async () => {
    const created = await createWorkspace(member, 'Data Platform');
    expect(created.data?.createWorkspace.workspace).toMatchObject({ slug: 'data-platform', environmentCount: 0 });
    expect(fieldsOf(await createWorkspace(manager, 'Other', 'data-platform'))).toEqual(['slug']);
    expect(codes(await createWorkspace(viewer, 'Nope'))).toEqual(['FORBIDDEN']);

    const id = created.data!.createWorkspace.workspace.id;
    const DELETE =
      'mutation($id: ID!, $s: String!) { deleteWorkspace(input: { workspaceId: $id, confirmSlug: $s }) { workspace { id } } }';
    expect(codes(await api.graphql(DELETE, { id, s: 'data-platform' }, inOrg(member)))).toEqual(['FORBIDDEN']);
    expect(fieldsOf(await api.graphql(DELETE, { id, s: 'wrong-slug' }, inOrg(manager)))).toEqual(['confirmSlug']);
    expect((await api.graphql(DELETE, { id, s: 'data-platform' }, inOrg(manager))).errors).toBeUndefined();
    expect(codes(await api.graphql('query($id: ID!) { workspace(id: $id) { id } }', { id }, inOrg(viewer)))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('validates execution settings per host and deletes environments with their workspace', async () => {
    const workspace = (await createWorkspace(owner, 'Runtime')).data!.createWorkspace.workspace;
    const make = (deploymentHost: string, executionSettings: Record<string, unknown>, name = `env ${deploymentHost}`) =>
      api.graphql<{ createEnvironment: { environment: { id: string; executionSettings: Record<string, unknown> } } }>(
        CREATE_ENVIRONMENT,
        { input: { workspaceId: workspace.id, name, tier: 'PROD', deploymentHost, executionSettings } },
        inOrg(member),
      );
    expect(fieldsOf(await make('CLOUDRUN', { region: 'mars', port: 80 }))).toEqual([
      'executionSettings.port',
      'executionSettings.region',
      'executionSettings.service',
    ]);
    expect(fieldsOf(await make('AWS', { region: 'eu-west-1', cluster: 'Bad Name' }))).toEqual([
      'executionSettings.cluster',
    ]);
    expect(fieldsOf(await make('LOCALHOST', { port: 70000 }))).toEqual(['executionSettings.port']);
    const cloudrun = await make('CLOUDRUN', { region: 'europe-west1', service: 'api' });
    expect(cloudrun.data?.createEnvironment.environment.executionSettings).toEqual({
      region: 'europe-west1',
      service: 'api',
    });
    expect((await make('LOCALHOST', { port: 8080 })).errors).toBeUndefined();

    const list = await api.graphql<{ environments: { edges: Array<{ node: { deploymentHost: string } }> } }>(
      'query($w: ID!) { environments(workspaceId: $w, first: 10) { edges { node { deploymentHost } } } }',
      { w: workspace.id },
      inOrg(viewer),
    );
    expect(list.data?.environments.edges.map((edge) => edge.node.deploymentHost)).toEqual(['CLOUDRUN', 'LOCALHOST']);
    expect(
      codes(
        await api.graphql(
          'mutation($id: ID!) { deleteEnvironment(input: { environmentId: $id }) { environment { id } } }',
          {
            id: cloudrun.data!.createEnvironment.environment.id,
          },
          inOrg(member),
        ),
      ),
    ).toEqual(['FORBIDDEN']);

    await api.graphql(
      'mutation($id: ID!, $s: String!) { deleteWorkspace(input: { workspaceId: $id, confirmSlug: $s }) { workspace { id } } }',
      {
        id: workspace.id,
        s: 'runtime',
      },
      inOrg(owner),
    );
    const [{ n }] = (await api.query<{ n: number }>(
      'select count(*)::int as n from environment where workspace_id = $1',
      [workspace.id],
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('keeps cloud credentials write-only: encrypted at rest, never returned, shown as status and fingerprint', async () => {
    const workspace = (await createWorkspace(owner, 'Secrets')).data!.createWorkspace.workspace;
    const environment = await api.graphql<{
      createEnvironment: { environment: { id: string; credentials: { configured: boolean } } };
    }>(
      CREATE_ENVIRONMENT,
      {
        input: {
          workspaceId: workspace.id,
          name: 'Prod',
          tier: 'PROD',
          deploymentHost: 'AWS',
          executionSettings: { region: 'us-east-1', cluster: 'main' },
        },
      },
      inOrg(manager),
    );
    const id = environment.data!.createEnvironment.environment.id;
    expect(environment.data!.createEnvironment.environment.credentials.configured).toBe(false);

    const secret = '{"aws_access_key_id":"AKIAEXAMPLE1234","aws_secret_access_key":"very-secret-value-9876"}';
    expect(codes(await api.graphql(SET_CREDENTIALS, { id, c: secret }, inOrg(member)))).toEqual(['FORBIDDEN']);
    const set = await api.graphql<{
      setEnvironmentCredentials: { environment: { credentials: { configured: boolean; fingerprint: string } } };
    }>(SET_CREDENTIALS, { id, c: secret }, inOrg(manager));
    expect(set.data?.setEnvironmentCredentials.environment.credentials).toMatchObject({
      configured: true,
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{16}$/),
    });
    expect(JSON.stringify(set)).not.toContain('very-secret-value');

    // Nowhere in the database in plaintext, not even in the audit trail.
    const tables = await api.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    for (const { table_name } of tables) {
      const dump = JSON.stringify(await api.query(`select * from "${table_name}"`));
      expect(dump.includes('very-secret-value'), table_name).toBe(false);
      expect(dump.includes('AKIAEXAMPLE1234'), table_name).toBe(false);
    }

    // Viewers see environments, not credential status.
    const asViewer = await api.graphql(
      'query($id: ID!) { environment(id: $id) { name credentials { configured } } }',
      { id },
      inOrg(viewer),
    );
    expect(codes(asViewer)).toEqual(['FORBIDDEN']);
    expect(asViewer.errors?.[0]?.path).toEqual(['environment', 'credentials']);

    const cleared = await api.graphql<{
      clearEnvironmentCredentials: {
        environment: { credentials: { configured: boolean; fingerprint: string | null } };
      };
    }>(
      'mutation($id: ID!) { clearEnvironmentCredentials(input: { environmentId: $id }) { environment { credentials { configured fingerprint } } } }',
      { id },
      inOrg(owner),
    );
    expect(cleared.data?.clearEnvironmentCredentials.environment.credentials).toEqual({
      configured: false,
      fingerprint: null,
    });
  });

  it('shows a restricted workspace only to its assigned members, owners and admins, and to nobody else by any id', async () => {
    const admin = await addMember(api, owner, 'ADMIN');
    const assigned = await addMember(api, owner, 'MEMBER');
    const workspace = (await createWorkspace(owner, 'Payroll')).data!.createWorkspace.workspace;
    const environment = await api.graphql<{ createEnvironment: { environment: { id: string } } }>(
      CREATE_ENVIRONMENT,
      { input: { workspaceId: workspace.id, name: 'Prod', tier: 'PROD', deploymentHost: 'LOCALHOST' } },
      inOrg(owner),
    );
    const environmentId = environment.data!.createEnvironment.environment.id;
    const RESTRICT = `mutation($id: ID!, $r: Boolean!) {
      setWorkspaceRestricted(input: { workspaceId: $id, restricted: $r }) { workspace { restricted } }
    }`;
    const ASSIGN = `mutation($id: ID!, $m: ID!) {
      addWorkspaceMember(input: { workspaceId: $id, membershipId: $m }) { workspace { id } }
    }`;
    const UNASSIGN = `mutation($id: ID!, $m: ID!) {
      removeWorkspaceMember(input: { workspaceId: $id, membershipId: $m }) { workspace { id } }
    }`;
    const listed = async (user: TestUser) => {
      const result = await api.graphql<{ workspaces: { edges: Array<{ node: { id: string } }> } }>(
        '{ workspaces(first: 100) { edges { node { id } } } }',
        {},
        inOrg(user),
      );
      return result.data!.workspaces.edges.some((edge) => edge.node.id === workspace.id);
    };
    // Every way in: the workspace, its environments, one environment, and a change to each.
    const reaches = async (user: TestUser) => {
      const outcomes = [
        await api.graphql('query($id: ID!) { workspace(id: $id) { id } }', { id: workspace.id }, inOrg(user)),
        await api.graphql(
          'query($id: ID!) { environments(workspaceId: $id, first: 5) { edges { node { id } } } }',
          { id: workspace.id },
          inOrg(user),
        ),
        await api.graphql('query($id: ID!) { environment(id: $id) { id } }', { id: environmentId }, inOrg(user)),
        await api.graphql(
          'mutation($id: ID!) { updateWorkspace(input: { workspaceId: $id, description: "seen" }) { workspace { id } } }',
          { id: workspace.id },
          inOrg(user),
        ),
        await api.graphql(
          'mutation($id: ID!) { updateEnvironment(input: { environmentId: $id, name: "Prod" }) { environment { id } } }',
          { id: environmentId },
          inOrg(user),
        ),
      ];
      return outcomes.map((outcome) => codes(outcome)[0] ?? 'OK');
    };

    expect(codes(await api.graphql(RESTRICT, { id: workspace.id, r: true }, inOrg(manager)))).toEqual(['FORBIDDEN']);
    const restricted = await api.graphql<{ setWorkspaceRestricted: { workspace: { restricted: boolean } } }>(
      RESTRICT,
      { id: workspace.id, r: true },
      inOrg(admin),
    );
    expect(restricted.data?.setWorkspaceRestricted.workspace.restricted).toBe(true);

    for (const user of [owner, admin]) {
      expect(await listed(user)).toBe(true);
      expect(await reaches(user)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
    }
    for (const user of [manager, member, assigned]) {
      expect(await listed(user)).toBe(false);
      expect(await reaches(user)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    }

    // Owners and admins already see everything; other orgs' memberships are not found.
    expect(fieldsOf(await api.graphql(ASSIGN, { id: workspace.id, m: admin.membershipId }, inOrg(owner)))).toEqual([
      'membershipId',
    ]);
    const stranger = await signUpUser(api);
    const strangerMembership = await api.query<{ id: string }>('select id from membership where user_id = $1', [
      stranger.userId,
    ]);
    expect(codes(await api.graphql(ASSIGN, { id: workspace.id, m: strangerMembership[0]!.id }, inOrg(owner)))).toEqual([
      'NOT_FOUND',
    ]);

    expect((await api.graphql(ASSIGN, { id: workspace.id, m: assigned.membershipId }, inOrg(admin))).errors).toBe(
      undefined,
    );
    // Assigning twice changes nothing.
    expect((await api.graphql(ASSIGN, { id: workspace.id, m: assigned.membershipId }, inOrg(admin))).errors).toBe(
      undefined,
    );
    expect(await listed(assigned)).toBe(true);
    expect(await reaches(assigned)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
    expect(await listed(member)).toBe(false);

    const assignedMembers = await api.graphql<{ members: { edges: Array<{ node: { id: string } }> } }>(
      'query($id: ID!) { members(first: 10, filter: { workspaceId: $id }) { edges { node { id } } } }',
      { id: workspace.id },
      inOrg(admin),
    );
    expect(assignedMembers.data?.members.edges.map((edge) => edge.node.id)).toEqual([assigned.membershipId]);

    // API keys belong to no membership: even a key with workspaces.read sees only open workspaces.
    const key = await api.graphql<{ createApiKey: { secret: string } }>(
      'mutation { createApiKey(input: { name: "reader", scopes: ["workspaces.read"] }) { secret } }',
      {},
      inOrg(owner),
    );
    const exchanged = await api.graphql<{ exchangeApiKey: { accessToken: string } }>(
      'mutation($s: String!) { exchangeApiKey(input: { secret: $s }) { accessToken } }',
      { s: key.data!.createApiKey.secret },
    );
    const byKey = await api.graphql(
      'query($id: ID!) { workspace(id: $id) { id } }',
      { id: workspace.id },
      {
        authorization: `Bearer ${exchanged.data!.exchangeApiKey.accessToken}`,
      },
    );
    expect(codes(byKey)).toEqual(['NOT_FOUND']);

    expect((await api.graphql(UNASSIGN, { id: workspace.id, m: assigned.membershipId }, inOrg(owner))).errors).toBe(
      undefined,
    );
    expect(await listed(assigned)).toBe(false);
    expect(codes(await api.graphql(UNASSIGN, { id: workspace.id, m: assigned.membershipId }, inOrg(owner)))).toEqual([
      'NOT_FOUND',
    ]);

    await api.graphql(RESTRICT, { id: workspace.id, r: false }, inOrg(owner));
    expect(await listed(member)).toBe(true);
    const actions = await api.query<{ action: string }>(
      `select action from audit_event where target_id = $1 and action like 'workspace.%' order by created_at`,
      [workspace.id],
    );
    expect(actions.map((row) => row.action)).toEqual([
      'workspace.created',
      'workspace.restricted',
      'workspace.updated',
      'workspace.updated',
      'workspace.member_added',
      'workspace.updated',
      'workspace.member_removed',
      'workspace.opened',
    ]);
  });
});
