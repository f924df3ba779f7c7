import { startTwoApis, stopTwoApis } from './support/two-apis.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from './support/api-process.ts';
import type { GraphQLResponse, TestApi } from './support/api.ts';
import { as, codes, signUpUser, type TestUser } from './support/identity.ts';
import { invite, tokenFromMailbox } from './support/members.ts';

const TRANSFER =
  'mutation($id: ID!, $p: String!) { transferOwnership(input: { targetMembershipId: $id, password: $p }) { newOwner { id } } }';
const CHANGE_ROLE =
  'mutation($id: ID!, $role: Role!) { changeMemberRole(input: { membershipId: $id, role: $role }) { member { id } } }';
const ARCHIVE = 'mutation($id: ID!) { archiveMember(input: { membershipId: $id }) { member { id } } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateMember(input: { membershipId: $id }) { member { id } } }';
const DELETE_ACCOUNT =
  'mutation($p: String!) { deleteAccount(input: { password: $p }) { deletedOrganizationCount leftOrganizationCount } }';
const ACCEPT = 'mutation($t: String!) { acceptInvitation(input: { token: $t }) { membershipId } }';
const ARCHIVE_ORG = 'mutation($p: String!) { archiveOrganization(input: { password: $p }) { organizationId } }';

/** Refusals a racing operation may meet; anything else (an internal error above all) fails the test. */
const REFUSALS = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TENANT_NOT_FOUND',
  'NOT_FOUND',
  'OWNER_PROTECTED',
  'OWNERSHIP_TARGET_INVALID',
  'OWNERSHIP_TRANSFER_REQUIRED',
  'MEMBER_NOT_ACTIVE',
  'TOKEN_INVALID',
  'INVITATION_REVOKED',
  'ALREADY_MEMBER',
]);

const random = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Account deletion raced, from two API processes on one database, against
 * ownership transfer (the source owner deleting, the target deleting, both), role changes,
 * member archives, org archive, invitation acceptance and reactivation. After every round every
 * org that is not archived has exactly one active owner, and an org was deleted only with an
 * owner who was alone in it at that moment; an owner of an org with other active members is
 * refused with OWNERSHIP_TRANSFER_REQUIRED.
 */
describe('account deletion raced against every change of ownership and membership', () => {
  let first: TestApi;
  let second: ApiProcess;
  beforeAll(async () => {
    // Errors are logged (to the test output) so that a failure here says what went wrong.
    ({ first, second } = await startTwoApis({ LOG_LEVEL: 'error', DEV_MAILBOX: 'true' }, 'error'));
  });
  afterAll(() => stopTwoApis(first, second));

  /** Alternates between the in-process API and the second process. */
  const via = (index: number) => (index % 2 === 0 ? first.graphql.bind(first) : second.graphql.bind(second));

  function expectOnlyRefusals(answers: ReadonlyArray<{ label: string; answer: GraphQLResponse }>, round: number) {
    for (const { label, answer } of answers) {
      expect(answer.status, `round ${round}: ${label}`).not.toBe(500);
      for (const code of codes(answer)) {
        expect(REFUSALS, `round ${round}: ${label} answered ${String(code)}`).toContain(code);
      }
    }
  }

  /** Every organization in the database that is not archived and has not exactly one active owner. */
  function withoutExactlyOneOwner(): Promise<Array<{ id: string; owners: number }>> {
    return first.query(
      `select o.id, count(m.id)::int as owners
         from organization o
         left join membership m on m.org_id = o.id and m.role = 'owner' and m.status = 'active'
        where o.status <> 'archived'
        group by o.id
       having count(m.id) <> 1`,
    );
  }

  async function existing(table: 'organization' | 'app_user', ids: string[]): Promise<Set<string>> {
    const rows = await first.query<{ id: string }>(`select id from ${table} where id = any($1::uuid[])`, [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /** Puts `user` into `orgId` with `role` (arranged in SQL: the joining itself is not what is raced here). */
  async function join(user: TestUser, orgId: string, role: string, status = 'active'): Promise<string> {
    const [row] = await first.query<{ id: string }>(
      'insert into membership (org_id, user_id, role, status) values ($1, $2, $3, $4) returning id',
      [orgId, user.userId, role, status],
    );
    return row!.id;
  }

  it('one owner stays when deletion races a transfer (either side deleting), role changes and archives', async () => {
    const deadline = Date.now() + 40_000;
    const outcomes = new Map<string, number>();
    let rounds = 0;
    for (let round = 0; round < 24 && Date.now() < deadline; round++, rounds++) {
      // The owner's default org, with an admin (the transfer target) and a member. The admin and
      // the member also own their own default orgs, alone.
      const [owner, admin, member] = await Promise.all([signUpUser(first), signUpUser(first), signUpUser(first)]);
      const org = owner.orgId;
      const adminMembership = await join(admin, org, 'admin');
      const memberMembership = await join(member, org, 'member');

      const kind = round % 4;
      const ops: Array<{ label: string; run: Promise<GraphQLResponse> }> = [
        {
          label: 'transfer to the admin',
          run: via(round)(TRANSFER, { id: adminMembership, p: owner.password }, as(owner, org)),
        },
      ];
      if (kind !== 1) {
        ops.push({
          label: 'admin deletes account',
          run: via(round + 1)(DELETE_ACCOUNT, { p: admin.password }, as(admin)),
        });
      }
      if (kind === 1 || kind === 2) {
        ops.push({
          label: 'owner deletes account',
          run: via(round + kind)(DELETE_ACCOUNT, { p: owner.password }, as(owner)),
        });
      }
      if (kind === 3) {
        ops.push({ label: 'owner archives org', run: via(round)(ARCHIVE_ORG, { p: owner.password }, as(owner, org)) });
      }
      for (let extra = 0; extra < 3; extra++) {
        const actor = random([owner, admin]);
        const send = via(round + extra);
        switch (Math.floor(Math.random() * 4)) {
          case 0:
            ops.push({
              label: 'member role change',
              run: send(
                CHANGE_ROLE,
                { id: memberMembership, role: random(['ADMIN', 'MANAGER', 'VIEWER']) },
                as(actor, org),
              ),
            });
            break;
          case 1:
            ops.push({ label: 'archive member', run: send(ARCHIVE, { id: memberMembership }, as(actor, org)) });
            break;
          case 2:
            ops.push({ label: 'reactivate member', run: send(REACTIVATE, { id: memberMembership }, as(actor, org)) });
            break;
          default:
            ops.push({
              label: 'admin demoted',
              run: send(CHANGE_ROLE, { id: adminMembership, role: 'MANAGER' }, as(owner, org)),
            });
        }
      }
      const answers = await Promise.all(ops.map(async (op) => ({ label: op.label, answer: await op.run })));
      expectOnlyRefusals(answers, round);
      expect(await withoutExactlyOneOwner(), `round ${round}`).toEqual([]);

      const users = await existing('app_user', [owner.userId, admin.userId, member.userId]);
      const orgs = await existing('organization', [org, admin.orgId]);
      let deletedOrgs = 0;
      for (const { label, answer } of answers.filter((entry) => entry.label.endsWith('deletes account'))) {
        const deleter = label.startsWith('admin') ? admin : owner;
        const result = answer.data?.deleteAccount as { deletedOrganizationCount: number } | null | undefined;
        if (result) {
          expect(users.has(deleter.userId), `round ${round}: ${label} succeeded`).toBe(false);
          deletedOrgs += result.deletedOrganizationCount;
        } else {
          expect(codes(answer), `round ${round}: ${label}`).toEqual([expect.any(String)]);
          expect(users.has(deleter.userId), `round ${round}: ${label} refused`).toBe(true);
        }
      }
      // The answers count exactly the orgs that went, and nothing else went.
      expect(deletedOrgs, `round ${round}`).toBe(2 - orgs.size);
      expect(orgs.has(admin.orgId), `round ${round}`).toBe(users.has(admin.userId));
      if (!orgs.has(org)) {
        // The org went with its owner's account: at that moment the owner was alone in it. The
        // previous owner and the transfer target are never archived here, so neither may still
        // exist; the member may only if an archive of them succeeded.
        expect(users.has(owner.userId) || users.has(admin.userId), `round ${round}: org deleted under a member`).toBe(
          false,
        );
        const archived = answers.some((entry) => entry.label === 'archive member' && !entry.answer.errors);
        expect(!users.has(member.userId) || archived, `round ${round}: org deleted under the member`).toBe(true);
      }
      const outcome = [
        ...answers
          .filter((entry) => !entry.label.includes('member'))
          .map((entry) => `${entry.label}: ${String(codes(entry.answer)[0] ?? 'ok')}`),
        orgs.has(org) ? 'org kept' : 'org deleted',
      ].join(', ');
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    console.info(`${rounds} rounds:\n${[...outcomes].map(([outcome, count]) => `${count} × ${outcome}`).join('\n')}`);
    // The deadline stops starting rounds; the ceiling leaves the last one room to finish under load.
  }, 180_000);

  it('an owner alone deletes the org with the account, unless someone joins or is reactivated first', async () => {
    const deadline = Date.now() + 30_000;
    const outcomes = { deleted: 0, refused: 0 };
    for (let round = 0; round < 12 && Date.now() < deadline; round++) {
      const [owner, joiner] = await Promise.all([signUpUser(first), signUpUser(first)]);
      const org = owner.orgId;
      let joinOrg: () => Promise<GraphQLResponse>;
      if (round % 2 === 0) {
        // A pending invitation accepted while the owner deletes the account.
        await invite(first, owner, org, [{ email: joiner.email, role: 'ADMIN' }]);
        const token = await tokenFromMailbox(first, joiner.email);
        joinOrg = () => via(round)(ACCEPT, { t: token }, as(joiner));
      } else {
        // An archived admin reactivated (by the owner, in another tab) while the owner deletes the account.
        const membershipId = await join(joiner, org, 'admin', 'archived');
        joinOrg = () => via(round)(REACTIVATE, { id: membershipId }, as(owner, org));
      }
      // The deletion first confirms the password (argon2), the join does not: a wrong-password
      // attempt shows how long that takes on this machine now, and the join starts at a random
      // moment within 1.5 times that, so that either side can win.
      const started = Date.now();
      expect(codes(await via(round + 1)(DELETE_ACCOUNT, { p: 'not the password' }, as(owner)))).toEqual([
        'VALIDATION_FAILED',
      ]);
      const confirmation = Date.now() - started;
      const [deletion, joined] = await Promise.all([
        via(round + 1)(DELETE_ACCOUNT, { p: owner.password }, as(owner)),
        pause(Math.random() * confirmation * 1.5).then(joinOrg),
      ]);
      expectOnlyRefusals(
        [
          { label: 'delete', answer: deletion },
          { label: 'join', answer: joined },
        ],
        round,
      );
      expect(await withoutExactlyOneOwner(), `round ${round}`).toEqual([]);
      const [state] = await first.query<{ org: boolean; owner: boolean; joiner_active: boolean }>(
        `select exists (select 1 from organization where id = $1) as org,
                exists (select 1 from app_user where id = $2) as owner,
                exists (select 1 from membership where org_id = $1 and user_id = $3 and status = 'active') as joiner_active`,
        [org, owner.userId, joiner.userId],
      );
      if (deletion.data?.deleteAccount) {
        outcomes.deleted += 1;
        expect(state, `round ${round}`).toEqual({ org: false, owner: false, joiner_active: false });
        expect(joined.errors, `round ${round}: joined an org that was deleted`).toBeDefined();
      } else {
        outcomes.refused += 1;
        expect(codes(deletion), `round ${round}`).toEqual(['OWNERSHIP_TRANSFER_REQUIRED']);
        expect(joined.errors, `round ${round}`).toBeUndefined();
        expect(state, `round ${round}`).toEqual({ org: true, owner: true, joiner_active: true });
      }
    }
    console.info(`owner alone: ${outcomes.deleted} deleted with the account, ${outcomes.refused} refused`);
    // The deadline stops starting rounds; the ceiling leaves the last one room to finish under load.
  }, 180_000);
});
