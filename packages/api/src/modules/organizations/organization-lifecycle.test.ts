import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { addMember } from '../../../test/support/members.ts';
import { OrganizationLifecycleService } from './organization-lifecycle.service.ts';

const ARCHIVE = 'mutation($p: String!) { archiveOrganization(input: { password: $p }) { organizationId } }';
const RESTORE = 'mutation($id: ID!) { restoreOrganization(input: { organizationId: $id }) { organizationId } }';
const ARCHIVED = '{ viewer { archivedOrganizations { id name archivedAt deletesAt } } }';
const SWITCHER = '{ viewer { organizations(first: 20) { edges { node { organization { id } } } } } }';

type Switcher = { viewer: { organizations: { edges: Array<{ node: { organization: { id: string } } }> } } };
const ids = (response: { data?: Switcher | null }) =>
  response.data!.viewer.organizations.edges.map((edge) => edge.node.organization.id);

describe('organization lifecycle', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
  });
  afterAll(() => api.stop());

  it('archives with the owner’s password: no tenant access for anyone, gone from the switcher, restorable by the owner', async () => {
    const owner = await signUpUser(api, { displayName: 'Archive Me' });
    const admin = await addMember(api, owner, 'ADMIN');
    expect(codes(await api.graphql(ARCHIVE, { p: admin.password }, as(admin, owner.orgId)))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(ARCHIVE, { p: 'wrong password' }, as(owner, owner.orgId)))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect((await api.graphql(ARCHIVE, { p: owner.password }, as(owner, owner.orgId))).errors).toBeUndefined();

    for (const user of [owner, admin]) {
      expect(codes(await api.graphql('{ organization { id } }', {}, as(user, owner.orgId)))).toEqual([
        'TENANT_NOT_FOUND',
      ]);
      expect(ids(await api.graphql<Switcher>(SWITCHER, {}, as(user)))).not.toContain(owner.orgId);
    }
    const listed = await api.graphql<{
      viewer: { archivedOrganizations: Array<{ id: string; archivedAt: string; deletesAt: string }> };
    }>(ARCHIVED, {}, as(owner));
    const [archived] = listed.data!.viewer.archivedOrganizations;
    expect(archived?.id).toBe(owner.orgId);
    expect(Date.parse(archived!.deletesAt) - Date.parse(archived!.archivedAt)).toBe(30 * 86_400_000);
    expect(
      (await api.graphql<{ viewer: { archivedOrganizations: unknown[] } }>(ARCHIVED, {}, as(admin))).data?.viewer
        .archivedOrganizations,
    ).toEqual([]);

    expect(codes(await api.graphql(RESTORE, { id: owner.orgId }, as(admin)))).toEqual(['NOT_FOUND']);
    expect((await api.graphql(RESTORE, { id: owner.orgId }, as(owner))).errors).toBeUndefined();
    expect(ids(await api.graphql<Switcher>(SWITCHER, {}, as(admin)))).toContain(owner.orgId);
    expect((await api.graphql('{ organization { id } }', {}, as(admin, owner.orgId))).errors).toBeUndefined();
  });

  it('counts wrong confirmation passwords like failed sign-ins, so a stolen token cannot guess the password', async () => {
    const owner = await signUpUser(api);
    const TRANSFER = `mutation($p: String!) {
      transferOwnership(input: { targetMembershipId: "00000000-0000-4000-8000-000000000000", password: $p }) { newOwner { id } }
    }`;
    // Five wrong passwords, spread over two operations that take one, spend the account's limit…
    for (const operation of [ARCHIVE, TRANSFER, ARCHIVE, TRANSFER, ARCHIVE]) {
      expect(codes(await api.graphql(operation, { p: 'not the password' }, as(owner, owner.orgId)))).toEqual([
        'VALIDATION_FAILED',
      ]);
    }
    // …after which even the right one is refused, and so is signing in.
    expect(codes(await api.graphql(ARCHIVE, { p: owner.password }, as(owner, owner.orgId)))).toEqual(['RATE_LIMITED']);
    const signIn = await api.graphql(
      'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
      { e: owner.email, p: owner.password },
      { 'x-forwarded-for': owner.ip },
    );
    expect(codes(signIn)).toEqual(['RATE_LIMITED']);
    expect(await api.query('select status from organization where id = $1', [owner.orgId])).toEqual([
      { status: 'active' },
    ]);
  });

  it('cannot restore after 30 days, and the job deletes the organization then', async () => {
    const owner = await signUpUser(api);
    await api.graphql(ARCHIVE, { p: owner.password }, as(owner, owner.orgId));
    await api.query(`update organization set archived_at = now() - interval '31 days' where id = $1`, [owner.orgId]);
    expect(codes(await api.graphql(RESTORE, { id: owner.orgId }, as(owner)))).toEqual(['NOT_FOUND']);
    expect(await OrganizationLifecycleService.purge(api.services.orm.em.fork())).toBeGreaterThanOrEqual(1);
    expect(await api.query('select id from organization where id = $1', [owner.orgId])).toEqual([]);
  });

  // The command runs twice, each time a process that loads the whole API and opens its own pool.
  it('a suspended organization (operator command) reads but refuses every change with ORG_SUSPENDED until resumed', async () => {
    const owner: TestUser = await signUpUser(api);
    const member = await addMember(api, owner, 'MEMBER');
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'org:suspend', ...args], {
        cwd: path.resolve(import.meta.dirname, '../../..'),
        env: { ...process.env, DATABASE_URL: api.databaseUrl, LOG_LEVEL: 'warn' },
      });
    expect((await cli(owner.orgSlug)).stdout).toContain(`suspended organization ${owner.orgId}`);

    const CREATE = 'mutation { createWorkspace(input: { name: "Frozen" }) { workspace { id } } }';
    expect(codes(await api.graphql(CREATE, {}, as(member, owner.orgId)))).toEqual(['ORG_SUSPENDED']);
    expect(codes(await api.graphql(CREATE, {}, as(owner, owner.orgId)))).toEqual(['ORG_SUSPENDED']);
    const read = await api.graphql<{ organization: { status: string } }>(
      '{ organization { status } }',
      {},
      as(member, owner.orgId),
    );
    expect(read.data?.organization.status).toBe('SUSPENDED');
    const [audit] = await api.query<{ actor_label: string }>(
      "select actor_label from audit_event where org_id = $1 and action = 'organization.suspended'",
      [owner.orgId],
    );
    expect(audit?.actor_label).toBe('operator');

    await cli(owner.orgSlug, '--resume');
    expect((await api.graphql(CREATE, {}, as(member, owner.orgId))).errors).toBeUndefined();
  }, 90_000);
});
