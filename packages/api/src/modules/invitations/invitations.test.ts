import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { ACCEPT, addMember, invite, tokenFromMailbox } from '../../../test/support/members.ts';
import { InvitationService } from './invitation.service.ts';

const PREVIEW =
  'query($t: String!) { invitationPreview(token: $t) { organizationName inviterName role expiresAt status } }';
const RESEND =
  'mutation($id: ID!) { resendInvitation(input: { invitationId: $id }) { invitation { id status expiresAt } } }';
const REVOKE = 'mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { id status } } }';

/** Invitations, rule by rule: sending, accepting, resending, revoking, expiry and bulk input. */
describe('invitations', () => {
  let api: TestApi;
  let owner: TestUser;
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
    owner = await signUpUser(api, { displayName: 'Olivia Owner' });
  });
  afterAll(() => api.stop());

  const accept = (user: TestUser, token: string) => api.request(ACCEPT, { token }, as(user));

  it('sends a branded invitation whose public preview shows the org, inviter, role, expiry and state — nothing more', async () => {
    const invitee = await signUpUser(api);
    const [result] = await invite(api, owner, owner.orgId, [{ email: invitee.email.toUpperCase(), role: 'MANAGER' }]);
    expect(result?.error).toBeNull();
    expect(result?.invitation).toMatchObject({
      email: invitee.email,
      role: 'MANAGER',
      status: 'PENDING',
      creditLimit: null,
    });
    const expiresInDays = (Date.parse(result!.invitation!.expiresAt) - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(6.99);
    expect(expiresInDays).toBeLessThanOrEqual(7);

    const token = await tokenFromMailbox(api, invitee.email);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
    const preview = await api.graphql<{ invitationPreview: Record<string, unknown> }>(PREVIEW, { t: token });
    expect(preview.data?.invitationPreview).toEqual({
      organizationName: "Olivia Owner's organization",
      inviterName: 'Olivia Owner',
      role: 'MANAGER',
      expiresAt: result!.invitation!.expiresAt,
      status: 'PENDING',
    });
    expect((await api.graphql(PREVIEW, { t: 'not-a-token' })).data).toEqual({ invitationPreview: null });
  });

  it('creates the active membership, its credit record and the accepted state in one step', async () => {
    const invitee = await signUpUser(api);
    await invite(api, owner, owner.orgId, [{ email: invitee.email, role: 'VIEWER', creditLimit: 250 }]);
    const accepted = await accept(invitee, await tokenFromMailbox(api, invitee.email));
    expect(accepted.errors).toBeUndefined();
    const [row] = await api.query<{ role: string; status: string; credit_limit: string; invitation: string }>(
      `select m.role, m.status, c.credit_limit::text, i.status as invitation
         from membership m join member_credit c on c.membership_id = m.id and c.org_id = m.org_id
         join invitation i on i.org_id = m.org_id and i.accepted_by = m.user_id
        where m.id = $1`,
      [accepted.data?.acceptInvitation?.membershipId],
    );
    expect(row).toEqual({ role: 'viewer', status: 'active', credit_limit: '250', invitation: 'accepted' });
    const viewer = await api.graphql<{ viewer: { role: string } }>('{ viewer { role } }', {}, as(invitee, owner.orgId));
    expect(viewer.data?.viewer.role).toBe('VIEWER');
    // Single use: the link is spent.
    expect(codes(await accept(invitee, await tokenFromMailbox(api, invitee.email)))).toEqual([
      'INVITATION_ALREADY_ACCEPTED',
    ]);
  });

  it('resend revokes the old link and sends a new one with a new expiry', async () => {
    const invitee = await signUpUser(api);
    const [first] = await invite(api, owner, owner.orgId, [{ email: invitee.email, role: 'MEMBER', creditLimit: 10 }]);
    const oldToken = await tokenFromMailbox(api, invitee.email);
    await api.query(`update invitation set expires_at = now() + interval '1 day' where id = $1`, [
      first!.invitation!.id,
    ]);
    const resent = await api.graphql<{
      resendInvitation: { invitation: { id: string; status: string; expiresAt: string } };
    }>(RESEND, { id: first!.invitation!.id }, as(owner, owner.orgId));
    const fresh = resent.data!.resendInvitation.invitation;
    expect(fresh.id).not.toBe(first!.invitation!.id);
    expect(Date.parse(fresh.expiresAt)).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    const newToken = await tokenFromMailbox(api, invitee.email);
    expect(newToken).not.toBe(oldToken);
    expect(codes(await accept(invitee, oldToken))).toEqual(['INVITATION_REVOKED']);
    expect((await accept(invitee, newToken)).errors).toBeUndefined();
    const [credit] = await api.query<{ credit_limit: string }>(
      'select c.credit_limit::text from member_credit c join membership m on m.id = c.membership_id where m.user_id = $1 and m.org_id = $2',
      [invitee.userId, owner.orgId],
    );
    expect(credit?.credit_limit).toBe('10');
  });

  it('revoke stops the link; revoked, accepted and expired are final', async () => {
    const invitee = await signUpUser(api);
    const [result] = await invite(api, owner, owner.orgId, [{ email: invitee.email, role: 'MEMBER' }]);
    const token = await tokenFromMailbox(api, invitee.email);
    expect((await api.graphql(REVOKE, { id: result!.invitation!.id }, as(owner, owner.orgId))).errors).toBeUndefined();
    expect(codes(await accept(invitee, token))).toEqual(['INVITATION_REVOKED']);
    expect(codes(await api.graphql(REVOKE, { id: result!.invitation!.id }, as(owner, owner.orgId)))).toEqual([
      'INVITATION_REVOKED',
    ]);
    expect(codes(await api.graphql(RESEND, { id: result!.invitation!.id }, as(owner, owner.orgId)))).toEqual([
      'INVITATION_REVOKED',
    ]);
    const preview = await api.graphql<{ invitationPreview: { status: string } }>(PREVIEW, { t: token });
    expect(preview.data?.invitationPreview.status).toBe('REVOKED');
  });

  it('refuses an expired invitation at once, and the job persists the expiry', async () => {
    const invitee = await signUpUser(api);
    const [result] = await invite(api, owner, owner.orgId, [{ email: invitee.email, role: 'MEMBER' }]);
    const token = await tokenFromMailbox(api, invitee.email);
    await api.query(`update invitation set expires_at = now() - interval '1 second' where id = $1`, [
      result!.invitation!.id,
    ]);
    expect(codes(await accept(invitee, token))).toEqual(['INVITATION_EXPIRED']);
    const listed = await api.graphql<{ invitations: { edges: Array<{ node: { id: string; status: string } }> } }>(
      '{ invitations(first: 100, filter: { status: EXPIRED }) { edges { node { id status } } } }',
      {},
      as(owner, owner.orgId),
    );
    expect(listed.data?.invitations.edges.map((edge) => edge.node.id)).toContain(result!.invitation!.id);
    expect(await InvitationService.persistExpiries(api.services.orm.em.fork())).toBeGreaterThanOrEqual(1);
    const [row] = await api.query<{ status: string }>('select status from invitation where id = $1', [
      result!.invitation!.id,
    ]);
    expect(row?.status).toBe('expired');
    // An expired invitation can be sent again.
    const again = await api.graphql(RESEND, { id: result!.invitation!.id }, as(owner, owner.orgId));
    expect(again.errors).toBeUndefined();
  });

  it('refuses a signed-in account whose email is not the invited one, leaving the invitation usable', async () => {
    const invitee = await signUpUser(api);
    const someoneElse = await signUpUser(api);
    await invite(api, owner, owner.orgId, [{ email: invitee.email, role: 'MEMBER' }]);
    const token = await tokenFromMailbox(api, invitee.email);
    expect(codes(await accept(someoneElse, token))).toEqual(['INVITATION_EMAIL_MISMATCH']);
    expect((await accept(invitee, token)).errors).toBeUndefined();
  });

  it('reports per address: existing member, archived member, pending invitation, owner role, bad email — and invites the rest', async () => {
    const active = await addMember(api, owner, 'MEMBER');
    const archived = await addMember(api, owner, 'MEMBER');
    await api.graphql(
      'mutation($id: ID!) { archiveMember(input: { membershipId: $id }) { member { id } } }',
      { id: archived.membershipId },
      as(owner, owner.orgId),
    );
    await invite(api, owner, owner.orgId, [{ email: 'pending@example.com', role: 'VIEWER' }]);
    const results = await invite(api, owner, owner.orgId, [
      { email: active.email, role: 'ADMIN' },
      { email: archived.email, role: 'ADMIN' },
      { email: 'pending@example.com', role: 'VIEWER' },
      { email: 'would-be-owner@example.com', role: 'OWNER' },
      { email: 'not an email', role: 'VIEWER' },
      { email: 'fresh@example.com', role: 'ADMIN', creditLimit: -1 },
    ]);
    expect(results.map((result) => result.error?.code ?? result.invitation?.status)).toEqual([
      'ALREADY_MEMBER',
      'MEMBER_ARCHIVED',
      'INVITATION_PENDING',
      'OWNER_NOT_ASSIGNABLE',
      'VALIDATION_FAILED',
      'PENDING',
    ]);
    const [{ n }] = (await api.query<{ n: number }>(
      "select count(*)::int as n from invitation where org_id = $1 and email = 'would-be-owner@example.com'",
      [owner.orgId],
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('refuses an owner role anywhere in the input, and roles outside the enum before anything runs', async () => {
    const bad = await api.graphql(
      'mutation { inviteMembers(input: { invitations: [{ email: "x@example.com", role: SUPERUSER }] }) { results { email } } }',
      {},
      as(owner, owner.orgId),
    );
    expect(codes(bad)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('lets exactly one of 32 concurrent accepts of one token win, trial after trial', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const invitee = await signUpUser(api);
      await invite(api, owner, owner.orgId, [{ email: invitee.email, role: 'MEMBER' }]);
      const token = await tokenFromMailbox(api, invitee.email);
      const answers = await Promise.all(Array.from({ length: 32 }, () => accept(invitee, token)));
      const winners = answers.filter((answer) => answer.data?.acceptInvitation);
      expect(winners).toHaveLength(1);
      for (const loser of answers.filter((answer) => !answer.data?.acceptInvitation)) {
        expect(['INVITATION_ALREADY_ACCEPTED', 'ALREADY_MEMBER']).toContain(codes(loser)[0]);
      }
      const [{ n }] = (await api.query<{ n: number }>(
        'select count(*)::int as n from membership where org_id = $1 and user_id = $2',
        [owner.orgId, invitee.userId],
      )) as [{ n: number }];
      expect(n).toBe(1);
    }
  });

  it('refuses a token from another org’s invitation only by its own state — tokens are global, acceptance joins that org', async () => {
    const otherOwner = await signUpUser(api);
    const invitee = await signUpUser(api);
    await invite(api, otherOwner, otherOwner.orgId, [{ email: invitee.email, role: 'MEMBER' }]);
    const accepted = await accept(invitee, await tokenFromMailbox(api, invitee.email));
    const orgId = (accepted.data as { acceptInvitation: { organizationId: string } } | undefined)?.acceptInvitation
      .organizationId;
    expect(orgId).toBe(otherOwner.orgId);
    expect(codes(await api.graphql('{ viewer { role } }', {}, as(invitee, owner.orgId)))).toEqual(['TENANT_NOT_FOUND']);
  });
});
