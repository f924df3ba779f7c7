import { randomUUID } from 'node:crypto';
import { PLANS, type EntitlementId } from '@orgplane/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_API_KEY } from './support/api-keys.ts';
import type { ApiProcess } from './support/api-process.ts';
import type { GraphQLResponse, TestApi } from './support/api.ts';
import type { GraphQLClient } from './support/graphql-client.ts';
import { as, codes, signUpUser, type TestUser } from './support/identity.ts';
import { ACCEPT, ARCHIVE_MEMBER, INVITE, invite, REACTIVATE_MEMBER, tokenFromMailbox } from './support/members.ts';
import { startTwoApis, stopTwoApis } from './support/two-apis.ts';

const CREATE_ORGANIZATION =
  'mutation($name: String!) { createOrganization(input: { name: $name }) { organization { id } } }';
const CHANGE_PLAN =
  'mutation($plan: ID!) { changeSubscriptionPlan(input: { planId: $plan, billingCycle: MONTHLY }) { subscription { plan { id } } } }';
const CREATE_WORKSPACE = 'mutation($name: String!) { createWorkspace(input: { name: $name }) { workspace { id } } }';
const RECORD_USAGE =
  'mutation($events: [UsageEventInput!]!) { recordUsage(input: { events: $events }) { results { event { id } error { code fields { path } } } } }';
const SET_CREDIT_LIMIT =
  'mutation($id: ID!, $limit: SafeInt!) { setMemberCreditLimit(input: { membershipId: $id, creditLimit: $limit }) { member { id } } }';
const DELETE_ACCOUNT = 'mutation($p: String!) { deleteAccount(input: { password: $p }) { leftOrganizationCount } }';

/** Starter: 5 seats, 3 workspaces, 2 API keys. Team: 25, 20, 10. */
const STARTER = PLANS.starter.entitlements;
const TEAM = PLANS.team.entitlements;

type Answer = { label: string; answer: GraphQLResponse };
type UsageResult = { event: { id: string } | null; error: { code: string; fields: Array<{ path: string }> } | null };

const random = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
/** Runs `run` at a random moment within the next `ms` milliseconds. */
const within = <T>(ms: number, run: () => Promise<T>): Promise<T> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * ms)).then(run);
const usageResult = (answer: GraphQLResponse) =>
  (answer.data?.recordUsage as { results: UsageResult[] } | undefined)?.results[0];
/** An answer's refusal code, also when it comes per address (an invitation); null when it was done. */
const refusalOf = (answer: GraphQLResponse): unknown =>
  codes(answer)[0] ??
  (answer.data?.inviteMembers as { results: Array<{ error: { code: string } | null }> } | undefined)?.results[0]?.error
    ?.code ??
  null;

/**
 * Plan and credit limits raced, from two API processes on one database: a downgrade to Starter
 * and an upgrade to Team against bursts of creations (workspaces, API keys, invitations), every
 * operation that takes or frees one of Starter's seats at once, an account deletion against usage
 * charged to that member, and a lowered credit limit against charges. After every round, in SQL:
 * no internal error and no code outside the race's refusals; every count is the initial one plus
 * what was answered as created (nothing lost, nothing counted twice) and within the plan in force;
 * a refusal names the plan that was really in force; the outcome of a plan or seat race is the
 * one the serial order of its operations gives, read from the audit trail (whose timestamps are
 * taken under the locks that order them); a deleted member leaves exactly the events answered as
 * recorded and no credit row; and a member's used credits are 3 × the events recorded.
 */
describe('plan and credit limits raced against plan changes, seat changes, account deletion and usage', () => {
  let first: TestApi;
  let second: ApiProcess;
  let owner: TestUser;
  /** Joined in SQL to each round's new org: two active members, one archived, one invited. */
  let colleagues: TestUser[];
  beforeAll(async () => {
    // Errors are logged (to the test output) so that a failure here says what went wrong.
    ({ first, second } = await startTwoApis(
      { LOG_LEVEL: 'error', DEV_MAILBOX: 'true', JOBS_ENABLED: 'false' },
      'error',
    ));
    const [signedUp, ...others] = await Promise.all(Array.from({ length: 5 }, () => signUpUser(first)));
    owner = signedUp!;
    colleagues = others;
  });
  afterAll(() => stopTwoApis(first, second));

  /** Alternates between the in-process API and the second process. */
  const via = (index: number): GraphQLClient => (index % 2 === 0 ? first : second);

  function expectOnlyRefusals(answers: readonly Answer[], refusals: ReadonlySet<unknown>, round: number) {
    for (const { label, answer } of answers) {
      expect(answer.status, `round ${round}: ${label}`).not.toBe(500);
      for (const code of codes(answer)) {
        expect(refusals, `round ${round}: ${label} answered ${String(code)}`).toContain(code);
      }
    }
  }

  /** A new org of the owner, on `plan` paid monthly (active, no longer a trial). */
  async function newOrg(plan: 'starter' | 'team'): Promise<string> {
    const created = await first.graphql<{ createOrganization: { organization: { id: string } } }>(
      CREATE_ORGANIZATION,
      { name: `Race ${randomUUID().slice(0, 8)}` },
      as(owner),
    );
    const orgId = created.data!.createOrganization.organization.id;
    const chosen = await first.graphql(CHANGE_PLAN, { plan }, as(owner, orgId));
    expect(chosen.errors).toBeUndefined();
    return orgId;
  }

  /** Puts `user` into `orgId` as a member (arranged in SQL: the joining itself is not what is raced here). */
  async function join(user: TestUser, orgId: string, status: 'active' | 'archived', creditLimit?: number) {
    const [row] = await first.query<{ id: string }>(
      `insert into membership (org_id, user_id, role, status) values ($1, $2, 'member', $3) returning id`,
      [orgId, user.userId, status],
    );
    if (creditLimit !== undefined) {
      await first.query('insert into member_credit (org_id, membership_id, credit_limit) values ($1, $2, $3)', [
        orgId,
        row!.id,
        creditLimit,
      ]);
    }
    return row!.id;
  }

  /** What an entitlement counts now, as `requireEntitlement` counts it. */
  async function used(orgId: string, entitlement: EntitlementId): Promise<number> {
    const counted = {
      maxWorkspaces: 'select count(*) from workspace where org_id = $1',
      maxApiKeys:
        'select count(*) from api_key where org_id = $1 and revoked_at is null and (expires_at is null or expires_at > now())',
      maxActiveMembers: `select (select count(*) from membership where org_id = $1 and status = 'active')
                              + (select count(*) from invitation where org_id = $1 and status = 'pending' and expires_at > now())`,
    }[entitlement];
    const [row] = await first.query<{ used: number }>(`select (${counted})::int as used`, [orgId]);
    return row!.used;
  }

  /** The org's audit actions since `since` (a database timestamp), in the order they were written. */
  async function actionsSince(orgId: string, since: string): Promise<string[]> {
    const rows = await first.query<{ action: string }>(
      'select action from audit_event where org_id = $1 and created_at > $2 order by created_at, id',
      [orgId, since],
    );
    return rows.map((row) => row.action);
  }

  async function databaseNow(): Promise<string> {
    const [row] = await first.query<{ now: string }>('select clock_timestamp()::text as now');
    return row!.now;
  }

  const usageEvent = (membershipId: string, meter: 'workflowRuns' | 'voiceMinutes') => ({
    meter,
    quantity: 1,
    membershipId,
    source: 'race',
    idempotencyKey: randomUUID(),
  });

  /** One resource a plan limits: how to create one, and the audit action a creation writes. */
  interface Limited {
    entitlement: EntitlementId;
    created: string;
    /** Creations sent at once: Team has room for all of them on top of Starter's limit minus one. */
    burst: number;
    create(client: GraphQLClient, orgId: string, index: number): Promise<GraphQLResponse>;
  }

  const WORKSPACES: Limited = {
    entitlement: 'maxWorkspaces',
    created: 'workspace.created',
    burst: 10,
    create: (client, orgId, index) =>
      client.graphql(CREATE_WORKSPACE, { name: `Workspace ${index}` }, as(owner, orgId)),
  };
  const API_KEYS: Limited = {
    entitlement: 'maxApiKeys',
    created: 'api_key.created',
    // One key exists and Team allows ten: nine more fit.
    burst: 9,
    create: (client, orgId, index) =>
      client.request(CREATE_API_KEY, { input: { name: `Key ${index}`, scopes: ['usage.record'] } }, as(owner, orgId)),
  };
  const INVITATIONS: Limited = {
    entitlement: 'maxActiveMembers',
    created: 'invitation.created',
    burst: 10,
    create: (client, orgId) =>
      client.request(
        INVITE,
        { input: { invitations: [{ email: `race-${randomUUID()}@example.com`, role: 'MEMBER' }] } },
        as(owner, orgId),
      ),
  };

  /** Brings a new org to `count` of the resource as the plan counts it (the owner is one seat). */
  async function fill(resource: Limited, orgId: string, count: number): Promise<void> {
    if (resource === INVITATIONS) {
      const results = await invite(
        first,
        owner,
        orgId,
        Array.from({ length: count - 1 }, () => ({ email: `race-${randomUUID()}@example.com`, role: 'MEMBER' })),
      );
      expect(results.map((result) => result.error)).toEqual(results.map(() => null));
    } else {
      for (let index = 0; index < count; index++) {
        expect(refusalOf(await resource.create(first, orgId, 100 + index))).toBeNull();
      }
    }
  }

  it.each([
    ['workspaces', WORKSPACES],
    ['API keys', API_KEYS],
    ['invitations', INVITATIONS],
  ])('a downgrade to Starter during a burst of %s keeps every count exact', async (_, resource) => {
    const outcomes = new Map<number, number>();
    for (let round = 0; round < 6; round++) {
      const orgId = await newOrg('team');
      const initial = STARTER[resource.entitlement] - 1;
      await fill(resource, orgId, initial);
      expect(await used(orgId, resource.entitlement)).toBe(initial);
      const since = await databaseNow();

      // Each request starts at a random moment, so that the downgrade lands anywhere in the burst.
      const [downgrade, ...creations] = await Promise.all([
        within(100, () => via(round).graphql(CHANGE_PLAN, { plan: 'starter' }, as(owner, orgId))),
        ...Array.from({ length: resource.burst }, (_, index) =>
          within(100, () => resource.create(via(round + index + 1), orgId, index)),
        ),
      ]);
      expectOnlyRefusals(
        [{ label: 'downgrade', answer: downgrade }, ...creations.map((answer) => ({ label: 'creation', answer }))],
        new Set(['PLAN_LIMIT_REACHED']),
        round,
      );
      expect(downgrade.errors, `round ${round}: downgrade`).toBeUndefined();
      const refusals = creations.map((answer) => refusalOf(answer));
      expect(
        refusals.filter((code) => code !== null && code !== 'PLAN_LIMIT_REACHED'),
        `round ${round}`,
      ).toEqual([]);
      const successes = refusals.filter((code) => code === null).length;
      for (const answer of creations.filter((creation) => refusalOf(creation) !== null)) {
        const error = answer.errors?.[0];
        // Invitations are refused per address, without extensions: their code is checked above.
        if (error) {
          expect(error.extensions, `round ${round}`).toMatchObject({
            entitlement: resource.entitlement,
            limit: STARTER[resource.entitlement],
            plan: 'starter',
          });
        }
      }

      const final = await used(orgId, resource.entitlement);
      expect(final, `round ${round}: count against answers`).toBe(initial + successes);
      expect(final, `round ${round}`).toBeLessThanOrEqual(TEAM[resource.entitlement]);
      // Whatever the order, Starter itself still had one free place.
      expect(successes, `round ${round}`).toBeGreaterThanOrEqual(1);
      if (successes < resource.burst)
        expect(final, `round ${round}`).toBeGreaterThanOrEqual(STARTER[resource.entitlement]);
      // Serially: every creation before the downgrade succeeded on Team, and after it Starter
      // took creations while it had room, refusing the rest.
      const actions = await actionsSince(orgId, since);
      const onTeam = actions.indexOf('subscription.plan_changed');
      expect(onTeam, `round ${round}: ${actions.join(', ')}`).toBeGreaterThanOrEqual(0);
      expect(actions.filter((action) => action === resource.created)).toHaveLength(successes);
      const onStarter = Math.max(0, STARTER[resource.entitlement] - initial - onTeam);
      expect(successes, `round ${round}: ${actions.join(', ')}`).toBe(onTeam + onStarter);
      outcomes.set(onTeam, (outcomes.get(onTeam) ?? 0) + 1);
    }
    console.info(
      `${resource.created}, created before the downgrade: ${[...outcomes].map(([onTeam, count]) => `${count} × ${onTeam}`).join(', ')}`,
    );
  });

  it('an upgrade to Team during a burst of workspaces on a full Starter refuses only before it', async () => {
    const outcomes = new Map<number, number>();
    for (let round = 0; round < 8; round++) {
      const orgId = await newOrg('starter');
      const initial = STARTER.maxWorkspaces;
      await fill(WORKSPACES, orgId, initial);
      const since = await databaseNow();

      const [upgrade, ...creations] = await Promise.all([
        within(100, () => via(round).graphql(CHANGE_PLAN, { plan: 'team' }, as(owner, orgId))),
        ...Array.from({ length: 10 }, (_, index) =>
          within(100, () => WORKSPACES.create(via(round + index + 1), orgId, index)),
        ),
      ]);
      expectOnlyRefusals(
        [{ label: 'upgrade', answer: upgrade }, ...creations.map((answer) => ({ label: 'creation', answer }))],
        new Set(['PLAN_LIMIT_REACHED']),
        round,
      );
      expect(upgrade.errors, `round ${round}: upgrade`).toBeUndefined();
      const refused = creations.filter((answer) => answer.errors);
      for (const answer of refused) {
        expect(answer.errors![0]!.extensions, `round ${round}`).toMatchObject({
          entitlement: 'maxWorkspaces',
          limit: STARTER.maxWorkspaces,
          plan: 'starter',
        });
      }
      const successes = creations.length - refused.length;
      const final = await used(orgId, 'maxWorkspaces');
      expect(final, `round ${round}: count against answers`).toBe(initial + successes);
      expect(final, `round ${round}`).toBeLessThanOrEqual(TEAM.maxWorkspaces);
      // Starter was full: every workspace was created after the upgrade, on Team.
      const actions = await actionsSince(orgId, since);
      expect(actions, `round ${round}`).toEqual([
        'subscription.plan_changed',
        ...Array<string>(successes).fill('workspace.created'),
      ]);
      outcomes.set(refused.length, (outcomes.get(refused.length) ?? 0) + 1);
    }
    console.info(
      `workspaces refused before the upgrade: ${[...outcomes].map(([refused, count]) => `${count} × ${refused}`).join(', ')}`,
    );
  });

  it('Starter’s five seats hold when a reactivation, an acceptance, invitations and an archive race', async () => {
    const [kept, archivable, archived, invitee] = colleagues as [TestUser, TestUser, TestUser, TestUser];
    const seatChanges: Record<string, number> = {
      'member.reactivated': 1,
      'invitation.created': 1,
      'member.archived': -1,
      'invitation.accepted': 0,
    };
    const outcomes = new Map<string, number>();
    for (let round = 0; round < 8; round++) {
      // Three active (the owner and two members), one archived, one invitation pending: 4 seats of 5.
      const orgId = await newOrg('starter');
      const active = [await join(kept, orgId, 'active'), await join(archivable, orgId, 'active')];
      const reactivated = await join(archived, orgId, 'archived');
      await invite(first, owner, orgId, [{ email: invitee.email, role: 'MEMBER' }]);
      const token = await tokenFromMailbox(first, invitee.email);
      const initial = 4;
      expect(await used(orgId, 'maxActiveMembers')).toBe(initial);
      const since = await databaseNow();

      const ops: Array<{ label: string; run: () => Promise<GraphQLResponse> }> = [
        {
          label: 'reactivate',
          run: () => via(round).request(REACTIVATE_MEMBER, { membershipId: reactivated }, as(owner, orgId)),
        },
        { label: 'accept', run: () => via(round + 1).request(ACCEPT, { token }, as(invitee)) },
        {
          label: 'archive',
          run: () => via(round).request(ARCHIVE_MEMBER, { membershipId: random(active) }, as(owner, orgId)),
        },
        ...Array.from({ length: 3 }, (_, index) => ({
          label: 'invite',
          run: () => INVITATIONS.create(via(round + index + 1), orgId, index),
        })),
      ];
      const answers = await Promise.all(ops.map(async (op) => ({ label: op.label, answer: await within(50, op.run) })));
      expectOnlyRefusals(answers, new Set(['PLAN_LIMIT_REACHED']), round);
      const outcome = (label: string) =>
        answers.filter((entry) => entry.label === label).map((entry) => refusalOf(entry.answer));
      // Acceptance counts active members only (at most 4 here), and an archive needs no seat.
      expect([...outcome('accept'), ...outcome('archive')], `round ${round}`).toEqual([null, null]);
      const seatTakers = [...outcome('reactivate'), ...outcome('invite')];
      expect(
        seatTakers.filter((code) => code !== null && code !== 'PLAN_LIMIT_REACHED'),
        `round ${round}`,
      ).toEqual([]);
      const taken = seatTakers.filter((code) => code === null).length;
      // One seat was free, the archive frees another: the first seat taker always fits, a third never.
      expect(taken, `round ${round}`).toBeGreaterThanOrEqual(1);
      expect(taken, `round ${round}`).toBeLessThanOrEqual(2);

      const final = await used(orgId, 'maxActiveMembers');
      expect(final, `round ${round}: seats against answers`).toBe(initial + taken - 1);
      expect(final, `round ${round}`).toBeLessThanOrEqual(STARTER.maxActiveMembers);
      // Serially: replaying the changes in the order they were made, the seats never pass 5, and
      // a refusal happened only if they were all taken at some point.
      const actions = await actionsSince(orgId, since);
      expect(actions.map((action) => seatChanges[action]).every((change) => change !== undefined)).toBe(true);
      let seats = initial;
      let peak = initial;
      for (const action of actions) peak = Math.max(peak, (seats += seatChanges[action]!));
      expect(peak, `round ${round}: ${actions.join(', ')}`).toBeLessThanOrEqual(STARTER.maxActiveMembers);
      if (taken < seatTakers.length) {
        expect(peak, `round ${round}: refused with a seat free (${actions.join(', ')})`).toBe(STARTER.maxActiveMembers);
      }
      const order = actions.join(', ');
      outcomes.set(order, (outcomes.get(order) ?? 0) + 1);
    }
    console.info(`seat changes in order:\n${[...outcomes].map(([order, count]) => `${count} × ${order}`).join('\n')}`);
  });

  it('usage charged to a member who deletes their account is recorded before the deletion or refused after it', async () => {
    const outcomes = new Map<number, number>();
    for (let round = 0; round < 8; round++) {
      const orgId = await newOrg('team');
      const member = await signUpUser(first);
      const membershipId = await join(member, orgId, 'active', 30);
      // The deletion first confirms the password (argon2): a wrong-password attempt shows how long
      // that takes on this machine now. Then its lock on the org waits until no charge holds its
      // key share, and charges that come meanwhile still get one: so the charges start at random
      // moments within 4 times that, sparse enough for the deletion to get in among them.
      const started = Date.now();
      expect(codes(await via(round).graphql(DELETE_ACCOUNT, { p: 'not the password' }, as(member)))).toEqual([
        'VALIDATION_FAILED',
      ]);
      const confirmation = Date.now() - started;

      const [deletion, ...charges] = await Promise.all([
        via(round).graphql(DELETE_ACCOUNT, { p: member.password }, as(member)),
        ...Array.from({ length: 10 }, (_, index) =>
          within(confirmation * 4, () =>
            via(round + index + 1).graphql(
              RECORD_USAGE,
              { events: [usageEvent(membershipId, 'workflowRuns')] },
              as(owner, orgId),
            ),
          ),
        ),
      ]);
      expectOnlyRefusals(
        [{ label: 'delete account', answer: deletion }, ...charges.map((answer) => ({ label: 'charge', answer }))],
        new Set(),
        round,
      );
      const results = charges.map((answer) => usageResult(answer)!);
      const recorded = results.filter((result) => result.event).length;
      for (const result of results.filter((each) => each.error)) {
        expect(['VALIDATION_FAILED', 'CREDIT_LIMIT_REACHED'], `round ${round}`).toContain(result.error!.code);
        expect(
          result.error!.fields.map((field) => field.path),
          `round ${round}`,
        ).toEqual(['events.0.membershipId']);
      }

      const [state] = await first.query<{ member: boolean; credit: boolean; events: number; rolled: number }>(
        `select exists (select 1 from membership where org_id = $1 and id = $2) as member,
                exists (select 1 from member_credit where org_id = $1 and membership_id = $2) as credit,
                (select count(*)::int from usage_event where org_id = $1 and membership_id = $2) as events,
                (select coalesce(sum(events), 0)::int from usage_rollup
                  where org_id = $1 and scope = 'member' and scope_id = $2) as rolled`,
        [orgId, membershipId],
      );
      expect(state, `round ${round}`).toEqual({ member: false, credit: false, events: recorded, rolled: recorded });
      outcomes.set(recorded, (outcomes.get(recorded) ?? 0) + 1);
    }
    console.info(
      `charges recorded before the deletion: ${[...outcomes].map(([recorded, count]) => `${count} × ${recorded}`).join(', ')}`,
    );
  });

  it('a credit limit lowered during charges: every recorded event charged once, and the next one refused', async () => {
    const [charged] = colleagues as [TestUser];
    const limit = 10;
    const outcomes = new Map<number, number>();
    for (let round = 0; round < 8; round++) {
      const orgId = await newOrg('team');
      // Without a credit row yet (no limit) or with an unlimited one: both upserts may insert it.
      const membershipId = await join(charged, orgId, 'active', round % 2 === 0 ? -1 : undefined);
      // Team: 3 credits per voice minute.
      const charge = (client: GraphQLClient) =>
        client.graphql(RECORD_USAGE, { events: [usageEvent(membershipId, 'voiceMinutes')] }, as(owner, orgId));

      // The change locks the org row, which it gets only between charges (each holds a key share
      // lock on it): the charges are spread out so that it gets in at various points.
      const [change, ...charges] = await Promise.all([
        within(150, () => via(round).graphql(SET_CREDIT_LIMIT, { id: membershipId, limit }, as(owner, orgId))),
        ...Array.from({ length: 16 }, (_, index) => within(300, () => charge(via(round + index + 1)))),
      ]);
      expectOnlyRefusals(
        [{ label: 'set credit limit', answer: change }, ...charges.map((answer) => ({ label: 'charge', answer }))],
        new Set(),
        round,
      );
      const results = charges.map((answer) => usageResult(answer)!);
      const recorded = results.filter((result) => result.event).length;
      expect(
        results.filter((result) => result.error).map((result) => result.error!.code),
        `round ${round}`,
      ).toEqual(Array(16 - recorded).fill('CREDIT_LIMIT_REACHED'));
      // Charges stop only once 10 credits are used: at least four 3-credit events get through.
      expect(recorded, `round ${round}`).toBeGreaterThanOrEqual(4);

      const credits = async () => {
        const [row] = await first.query<{ credit_limit: number; used_credits: number; events: number; rolled: number }>(
          `select c.credit_limit::int, c.used_credits::int,
                  (select count(*)::int from usage_event where org_id = $1 and membership_id = $2) as events,
                  (select coalesce(sum(credits), 0)::int from usage_rollup
                    where org_id = $1 and scope = 'member' and scope_id = $2) as rolled
             from member_credit c where c.org_id = $1 and c.membership_id = $2`,
          [orgId, membershipId],
        );
        return row;
      };
      expect(await credits(), `round ${round}`).toEqual({
        credit_limit: limit,
        used_credits: 3 * recorded,
        events: recorded,
        rolled: 3 * recorded,
      });
      const next = usageResult(await charge(via(round)));
      expect(next?.error?.code, `round ${round}: one more event`).toBe('CREDIT_LIMIT_REACHED');
      expect((await credits())!.used_credits, `round ${round}`).toBe(3 * recorded);
      outcomes.set(recorded, (outcomes.get(recorded) ?? 0) + 1);
    }
    console.info(
      `3-credit events recorded of 16: ${[...outcomes].map(([recorded, count]) => `${count} × ${recorded}`).join(', ')}`,
    );
  });
});
