import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import type { MemberListQuery, Role } from '../../../test/generated/graphql.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { graphql } from '../../../test/generated/index.ts';
import {
  ACCEPT,
  addMember,
  ARCHIVE_MEMBER,
  CHANGE_MEMBER_ROLE,
  invite,
  ownMembershipId,
  REACTIVATE_MEMBER,
  tokenFromMailbox,
  TRANSFER_OWNERSHIP,
} from '../../../test/support/members.ts';

const MEMBERS = graphql(`
  query MemberList($first: Int!, $after: String, $filter: MemberFilterInput, $orderBy: MemberOrderInput) {
    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        node {
          id
          role
          status
          joinedAt
          creditLimit
          usedCredits
          user {
            id
            email
            displayName
            lastSignInAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const VIEWER_ROLE = graphql(`
  query ViewerRole {
    viewer {
      role
      abilities
    }
  }
`);

const VIEWER_ORGANIZATIONS = graphql(`
  query ViewerOrganizations {
    viewer {
      organizations(first: 10) {
        edges {
          node {
            organization {
              id
            }
          }
        }
      }
    }
  }
`);

const SET_CREDIT_LIMIT = graphql(`
  mutation SetCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {
    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {
      member {
        id
        creditLimit
      }
    }
  }
`);

const SEND_PASSWORD_RESET = graphql(`
  mutation SendMemberPasswordReset($membershipId: ID!) {
    sendMemberPasswordReset(input: { membershipId: $membershipId }) {
      member {
        id
      }
    }
  }
`);

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(input: { token: $token, newPassword: $newPassword }) {
      passwordChanged
    }
  }
`);

const INVITATIONS = graphql(`
  query InvitationIds {
    invitations(first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const AUDIT_EVENTS = graphql(`
  query AuditEvents {
    auditEvents(first: 5) {
      edges {
        node {
          action
          actorLabel
          targetId
          before
          after
          ip
          userAgent
          requestId
        }
      }
    }
  }
`);

const DELETION_IMPACT = graphql(`
  query DeletionImpact {
    viewer {
      deletionImpact {
        ownedOrganizations {
          id
          name
          memberCount
        }
        leftOrganizationCount
      }
    }
  }
`);

const DELETE_ACCOUNT = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(input: { password: $password }) {
      deletedOrganizationCount
      leftOrganizationCount
    }
  }
`);

/** Memberships, rule by rule: listing, archiving, role changes, ownership transfer, credits, audit. */
describe('members', () => {
  let api: TestApi;
  let owner: TestUser;
  let ownerMembership: string;
  let admin: TestUser & { membershipId: string };
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
    owner = await signUpUser(api, { displayName: 'Olga Owner' });
    ownerMembership = await ownMembershipId(api, owner);
    admin = await addMember(api, owner, 'ADMIN');
  });
  afterAll(() => api.stop());

  const inOrg = (user: TestUser) => as(user, owner.orgId);
  const ownerCount = async (orgId = owner.orgId) =>
    (
      await api.query<{ n: number }>(
        "select count(*)::int as n from membership where org_id = $1 and role = 'owner' and status = 'active'",
        [orgId],
      )
    )[0]!.n;

  it('lists members with role, joined date, last sign-in and credits', async () => {
    const response = await api.request(MEMBERS, { first: 10 }, inOrg(owner));
    expect(response.errors).toBeUndefined();
    const ownerRow = response.data!.members.edges.find((edge) => edge.node.id === ownerMembership)!.node;
    expect(ownerRow).toMatchObject({
      role: 'OWNER',
      status: 'ACTIVE',
      creditLimit: -1,
      usedCredits: 0,
      user: { email: owner.email },
    });
    expect(ownerRow.joinedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
  });

  it('filters by status, role and text, sorts, and pages with cursors', async () => {
    const extra = await Promise.all(['Zed Viewer', 'Amy Viewer'].map(async () => addMember(api, owner, 'VIEWER')));
    await api.query("update app_user set display_name = 'Zed Viewer' where id = $1", [extra[0]!.userId]);
    await api.query("update app_user set display_name = 'Amy Viewer' where id = $1", [extra[1]!.userId]);
    const byRole = await api.request(MEMBERS, { first: 10, filter: { role: 'VIEWER' } }, inOrg(owner));
    expect(byRole.data!.members.edges.map((edge) => edge.node.role)).toEqual(['VIEWER', 'VIEWER']);
    const byText = await api.request(MEMBERS, { first: 10, filter: { search: 'amy' } }, inOrg(owner));
    expect(byText.data!.members.edges.map((edge) => edge.node.user.displayName)).toEqual(['Amy Viewer']);
    const byEmailPrefix = await api.request(
      MEMBERS,
      { first: 10, filter: { search: owner.email.slice(0, 12).toUpperCase() } },
      inOrg(owner),
    );
    expect(byEmailPrefix.data!.members.edges.map((edge) => edge.node.user.email)).toContain(owner.email);
    const wildcard = await api.request(MEMBERS, { first: 10, filter: { search: '%' } }, inOrg(owner));
    expect(wildcard.data!.members.edges).toEqual([]);

    const sorted = await api.request(
      MEMBERS,
      { first: 10, orderBy: { field: 'DISPLAY_NAME', direction: 'DESC' }, filter: { role: 'VIEWER' } },
      inOrg(owner),
    );
    expect(sorted.data!.members.edges.map((edge) => edge.node.user.displayName)).toEqual(['Zed Viewer', 'Amy Viewer']);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { edges, pageInfo }: MemberListQuery['members'] = (
        await api.request(MEMBERS, { first: 2, after }, inOrg(owner))
      ).data!.members;
      seen.push(...edges.map((edge) => edge.node.id));
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);
    const [{ n }] = (await api.query<{ n: number }>('select count(*)::int as n from membership where org_id = $1', [
      owner.orgId,
    ])) as [{ n: number }];
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('keeps members, emails and credits from roles without the abilities', async () => {
    const manager = await addMember(api, owner, 'MANAGER');
    expect(codes(await api.request(MEMBERS, { first: 5 }, inOrg(manager)))).toEqual(['FORBIDDEN']);
    expect(codes(await api.request(INVITATIONS, {}, inOrg(manager)))).toEqual(['FORBIDDEN']);
    expect(codes(await api.request(AUDIT_EVENTS, {}, inOrg(manager)))).toEqual(['FORBIDDEN']);
  });

  it('archives a member, who is refused on the very next request with the same token, and reactivates them with the old role', async () => {
    const member = await addMember(api, owner, 'MANAGER');
    expect(codes(await api.request(VIEWER_ROLE, {}, inOrg(member)))).toEqual([]);
    const archived = await api.request(ARCHIVE_MEMBER, { membershipId: member.membershipId }, inOrg(admin));
    expect(archived.data?.archiveMember?.member.status).toBe('ARCHIVED');
    expect(codes(await api.request(VIEWER_ROLE, {}, inOrg(member)))).toEqual(['TENANT_NOT_FOUND']);
    const orgs = await api.request(VIEWER_ORGANIZATIONS, {}, as(member));
    expect(orgs.data!.viewer!.organizations.edges.map((edge) => edge.node.organization.id)).not.toContain(owner.orgId);

    const back = await api.request(REACTIVATE_MEMBER, { membershipId: member.membershipId }, inOrg(admin));
    expect(back.data?.reactivateMember?.member).toEqual({
      id: member.membershipId,
      status: 'ACTIVE',
      role: 'MANAGER',
    });
    const viewer = await api.request(VIEWER_ROLE, {}, inOrg(member));
    expect(viewer.data?.viewer?.role).toBe('MANAGER');
  });

  it('changes a member while usage is being recorded or something created in the org, without waiting for it', async () => {
    const member = await addMember(api, owner, 'MEMBER');
    const database = new pg.Client({ connectionString: api.databaseUrl });
    database.on('error', () => {}); // the server ending it is what the last query reports
    await database.connect();
    try {
      // What an insert's foreign key check, usage recording or a creation under a plan limit holds
      // on the org row until it commits. Were the changes to wait for it, the server would end this
      // transaction after 10 s and the last query below would fail.
      await database.query("set idle_in_transaction_session_timeout = '10s'");
      await database.query('begin');
      await database.query('select 1 from organization where id = $1 for key share', [owner.orgId]);
      const limit = await api.request(
        SET_CREDIT_LIMIT,
        { membershipId: member.membershipId, creditLimit: 50 },
        inOrg(owner),
      );
      expect(limit.errors).toBeUndefined();
      const archived = await api.request(ARCHIVE_MEMBER, { membershipId: member.membershipId }, inOrg(admin));
      expect(archived.data?.archiveMember?.member.status).toBe('ARCHIVED');
      await database.query('select 1 from organization where id = $1 for key share', [owner.orgId]);
    } finally {
      await database.query('rollback').catch(() => undefined);
      await database.end().catch(() => undefined);
    }
  });

  it('never archives the owner', async () => {
    for (const caller of [admin, owner]) {
      const archived = await api.request(ARCHIVE_MEMBER, { membershipId: ownerMembership }, inOrg(caller));
      expect(codes(archived)).toEqual(['OWNER_PROTECTED']);
    }
    expect(await ownerCount()).toBe(1);
  });

  it('changes roles of active non-owner members only, never to owner, effective at once', async () => {
    const member = await addMember(api, owner, 'MEMBER');
    const changeRole = (membershipId: string, role: Role, caller: TestUser) =>
      api.request(CHANGE_MEMBER_ROLE, { membershipId, role }, inOrg(caller));
    const changed = await changeRole(member.membershipId, 'VIEWER', admin);
    expect(changed.data?.changeMemberRole?.member.role).toBe('VIEWER');
    const after = await api.request(VIEWER_ROLE, {}, inOrg(member));
    expect(after.data?.viewer?.abilities).not.toContain('workspaces.create');

    expect(codes(await changeRole(member.membershipId, 'OWNER', owner))).toEqual(['OWNER_NOT_ASSIGNABLE']);
    expect(codes(await changeRole(ownerMembership, 'ADMIN', admin))).toEqual(['OWNER_PROTECTED']);
    await api.request(ARCHIVE_MEMBER, { membershipId: member.membershipId }, inOrg(admin));
    expect(codes(await changeRole(member.membershipId, 'MANAGER', admin))).toEqual(['MEMBER_NOT_ACTIVE']);
    expect(codes(await changeRole('00000000-0000-4000-8000-000000000000', 'MANAGER', admin))).toEqual(['NOT_FOUND']);
  });

  it('refuses every change of one’s own row (archive, role, reset link) with its code, and changes nothing', async () => {
    const self = await addMember(api, owner, 'ADMIN');
    // A reset link is a user token written with its mail in one transaction: no token, no mail.
    const state = () =>
      api.query<{ role: string; status: string; audits: number; tokens: number }>(
        `select m.role, m.status,
                (select count(*)::int from audit_event where target_id = m.id::text) as audits,
                (select count(*)::int from user_token where user_id = m.user_id and purpose = 'password_reset') as tokens
           from membership m where m.id = $1`,
        [self.membershipId],
      );
    const before = await state();
    expect(before).toEqual([{ role: 'admin', status: 'active', audits: expect.any(Number), tokens: 0 }]);

    expect(codes(await api.request(ARCHIVE_MEMBER, { membershipId: self.membershipId }, inOrg(self)))).toEqual([
      'CANNOT_ARCHIVE_SELF',
    ]);
    for (const role of ['VIEWER', 'MANAGER', 'ADMIN'] as const) {
      expect(
        codes(await api.request(CHANGE_MEMBER_ROLE, { membershipId: self.membershipId, role }, inOrg(self))),
        role,
      ).toEqual(['CANNOT_CHANGE_OWN_ROLE']);
    }
    expect(codes(await api.request(SEND_PASSWORD_RESET, { membershipId: self.membershipId }, inOrg(self)))).toEqual([
      'CANNOT_RESET_OWN_PASSWORD',
    ]);
    expect(await state()).toEqual(before);
    const viewer = await api.graphql<{ viewer: { role: string } }>('{ viewer { role } }', {}, inOrg(self));
    expect(viewer.data?.viewer.role).toBe('ADMIN');

    // Another admin may do each of them.
    expect(
      codes(await api.request(CHANGE_MEMBER_ROLE, { membershipId: self.membershipId, role: 'MANAGER' }, inOrg(admin))),
    ).toEqual([]);
    expect(codes(await api.request(ARCHIVE_MEMBER, { membershipId: self.membershipId }, inOrg(admin)))).toEqual([]);
  });

  it('transfers ownership only from the owner, with the password, to an active admin', async () => {
    const org = await signUpUser(api, { displayName: 'Transfer Org' });
    const orgOwnerMembership = await ownMembershipId(api, org);
    const newAdmin = await addMember(api, org, 'ADMIN');
    const manager = await addMember(api, org, 'MANAGER');
    const inThis = (user: TestUser) => as(user, org.orgId);
    const transfer = (targetMembershipId: string, password: string, caller: TestUser) =>
      api.request(TRANSFER_OWNERSHIP, { targetMembershipId, password }, inThis(caller));

    expect(codes(await transfer(newAdmin.membershipId, newAdmin.password, newAdmin))).toEqual(['FORBIDDEN']);
    expect(codes(await transfer(newAdmin.membershipId, 'wrong password', org))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await transfer(manager.membershipId, org.password, org))).toEqual(['OWNERSHIP_TARGET_INVALID']);

    const done = await transfer(newAdmin.membershipId, org.password, org);
    expect(done.data?.transferOwnership).toEqual({
      previousOwner: { id: orgOwnerMembership, role: 'ADMIN' },
      newOwner: { id: newAdmin.membershipId, role: 'OWNER' },
    });
    expect(await ownerCount(org.orgId)).toBe(1);
    const formerOwner = await api.request(VIEWER_ROLE, {}, inThis(org));
    expect(formerOwner.data?.viewer?.role).toBe('ADMIN');
    expect(formerOwner.data?.viewer?.abilities).not.toContain('organization.transferOwnership');
  });

  it('sets credit limits as the owner only', async () => {
    const member = await addMember(api, owner, 'MEMBER');
    const setLimit = (creditLimit: number, caller: TestUser) =>
      api.request(SET_CREDIT_LIMIT, { membershipId: member.membershipId, creditLimit }, inOrg(caller));
    const set = await setLimit(1500, owner);
    expect(set.data?.setMemberCreditLimit?.member.creditLimit).toBe(1500);
    expect((await setLimit(-1, owner)).errors).toBeUndefined();
    expect(codes(await setLimit(-2, owner))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await setLimit(5, admin))).toEqual(['FORBIDDEN']);
  });

  it('emails a member a password reset link', async () => {
    const member = await addMember(api, owner, 'MEMBER');
    const sent = await api.request(SEND_PASSWORD_RESET, { membershipId: member.membershipId }, inOrg(admin));
    expect(sent.errors).toBeUndefined();
    const token = await tokenFromMailbox(api, member.email, 'password_reset');
    const reset = await api.request(RESET_PASSWORD, { token, newPassword: 'fresh password 123' });
    expect(reset.errors).toBeUndefined();
  });

  it('writes an audit event for each change, with actor, before/after, IP, user agent and request id', async () => {
    const member = await addMember(api, owner, 'MEMBER');
    await api.request(
      CHANGE_MEMBER_ROLE,
      { membershipId: member.membershipId, role: 'VIEWER' },
      { ...inOrg(admin), 'user-agent': 'Audit Agent/2', 'x-request-id': 'audit-req-12345' },
    );
    const events = await api.request(AUDIT_EVENTS, {}, inOrg(admin));
    expect(events.data?.auditEvents.edges[0]?.node).toEqual({
      action: 'member.role_changed',
      actorLabel: admin.email,
      targetId: member.membershipId,
      before: { role: 'member', userId: member.userId, email: member.email },
      after: { role: 'viewer' },
      ip: admin.ip,
      userAgent: 'Audit Agent/2',
      requestId: 'audit-req-12345',
    });
    const actions = new Set(
      (
        await api.query<{ action: string }>('select distinct action from audit_event where org_id = $1', [owner.orgId])
      ).map((row) => row.action),
    );
    for (const action of [
      'invitation.created',
      'invitation.accepted',
      'member.archived',
      'member.reactivated',
      'member.role_changed',
      'member.credit_limit_changed',
    ]) {
      expect(actions, action).toContain(action);
    }
  });
});

describe('deleting an account', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
  });
  afterAll(() => api.stop());

  it('lists the consequences, refuses while an owned org has other active members, then deletes owned orgs with everything in them, sent invitations and memberships elsewhere', async () => {
    const leaving = await signUpUser(api, { displayName: 'Leaving Person' });
    const colleague = await addMember(api, leaving, 'MEMBER');
    const other = await signUpUser(api, { displayName: 'Other Owner' });
    // `leaving` joins `other`'s org as admin and invites someone there.
    await invite(api, other, other.orgId, [{ email: leaving.email, role: 'ADMIN' }]);
    await api.request(ACCEPT, { token: await tokenFromMailbox(api, leaving.email) }, as(leaving));
    await invite(api, leaving, other.orgId, [{ email: 'invited-by-leaving@example.com', role: 'VIEWER' }]);

    const impact = await api.request(DELETION_IMPACT, {}, as(leaving));
    expect(impact.data?.viewer?.deletionImpact).toEqual({
      ownedOrganizations: [{ id: leaving.orgId, name: "Leaving Person's organization", memberCount: 2 }],
      leftOrganizationCount: 1,
    });

    const deleteAccount = (password: string) => api.request(DELETE_ACCOUNT, { password }, as(leaving));
    expect(codes(await deleteAccount('wrong password'))).toEqual(['VALIDATION_FAILED']);
    // While the org they own has another active member, the account stays until ownership moves.
    const refused = await deleteAccount(leaving.password);
    expect(codes(refused)).toEqual(['OWNERSHIP_TRANSFER_REQUIRED']);
    expect(refused.errors?.[0]?.extensions?.organizationIds).toEqual([leaving.orgId]);
    // Once the colleague is archived the owner is alone in it, and the org goes with the account.
    await api.request(ARCHIVE_MEMBER, { membershipId: colleague.membershipId }, as(leaving, leaving.orgId));
    const deleted = await deleteAccount(leaving.password);
    expect(deleted.data).toEqual({ deleteAccount: { deletedOrganizationCount: 1, leftOrganizationCount: 1 } });

    const remaining = await api.query<{
      users: number;
      orgs: number;
      invitations: number;
      colleague_memberships: number;
      departure: number;
    }>(
      `select (select count(*)::int from app_user where id = $1) as users,
              (select count(*)::int from organization where id = $2) as orgs,
              (select count(*)::int from invitation where email = 'invited-by-leaving@example.com') as invitations,
              (select count(*)::int from membership where user_id = $3) as colleague_memberships,
              (select count(*)::int from audit_event where org_id = $4 and action = 'member.account_deleted' and actor_label = $5) as departure`,
      [leaving.userId, leaving.orgId, colleague.userId, other.orgId, leaving.email],
    );
    expect(remaining).toEqual([{ users: 0, orgs: 0, invitations: 0, colleague_memberships: 1, departure: 1 }]);
    // The colleague keeps their own account and org; the deleted org is gone from their list.
    expect(codes(await api.request(VIEWER_ROLE, {}, as(colleague, leaving.orgId)))).toEqual(['TENANT_NOT_FOUND']);
    expect(codes(await api.request(VIEWER_ROLE, {}, as(leaving)))).toEqual(['UNAUTHENTICATED']);
  });
});
