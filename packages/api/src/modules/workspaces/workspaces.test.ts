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
    api = await startTestApi();
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
});
