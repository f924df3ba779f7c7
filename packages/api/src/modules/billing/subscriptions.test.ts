import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOpenPeriod } from '../../../test/support/billing.ts';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { CREATE_API_KEY } from '../../../test/support/api-keys.ts';
import { sessionsWaitingForLocks } from '../../../test/support/database.ts';
import { graphql } from '../../../test/generated/index.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import {
  addMember,
  ACCEPT,
  ARCHIVE_MEMBER,
  invite,
  REACTIVATE_MEMBER,
  tokenFromMailbox,
} from '../../../test/support/members.ts';
import { createOrm, type MikroORM } from '../../database/orm.ts';
import { SubscriptionService } from './subscription.service.ts';

const PLANS = graphql(`
  query Plans {
    plans {
      id
      name
      cycles {
        cycle
        basePrice {
          amount
          currency
        }
        months
      }
      includedCredits
      entitlements {
        maxActiveMembers
        maxWorkspaces
        maxApiKeys
      }
      priceBook {
        meter
        credits
        per
      }
    }
  }
`);

const SUBSCRIPTION = graphql(`
  query BillingSubscription {
    billingSubscription {
      plan {
        id
      }
      productName
      status
      billingCycle
      autoRenew
      trialEndDate
      currentPeriodStart
      currentPeriodEnd
      cancelAtPeriodEnd
      usage {
        activeMembers
        pendingInvitations
        workspaces
        apiKeys
      }
    }
  }
`);

const CHANGE_PLAN = graphql(`
  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {
    changeSubscriptionPlan(input: $input) {
      subscription {
        plan {
          id
        }
        status
        billingCycle
        currentPeriodStart
        currentPeriodEnd
        cancelAtPeriodEnd
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelSubscription {
    cancelSubscription {
      subscription {
        status
        cancelAtPeriodEnd
      }
    }
  }
`);

const RESUME = graphql(`
  mutation ResumeSubscription {
    resumeSubscription {
      subscription {
        status
        cancelAtPeriodEnd
      }
    }
  }
`);

const AUTO_RENEW = graphql(`
  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {
    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {
      subscription {
        autoRenew
      }
    }
  }
`);

const CREATE_WORKSPACE = graphql(`
  mutation BillingCreateWorkspace($name: String!) {
    createWorkspace(input: { name: $name }) {
      workspace {
        id
      }
    }
  }
`);

const CREATE_ENVIRONMENT = graphql(`
  mutation BillingCreateEnvironment($workspaceId: ID!) {
    createEnvironment(
      input: {
        workspaceId: $workspaceId
        name: "Prod"
        tier: PROD
        deploymentHost: AWS
        executionSettings: { region: "us-east-1", cluster: "main" }
      }
    ) {
      environment {
        id
      }
    }
  }
`);

const OPERATOR = { userId: null, label: 'operator', ip: 'cli', userAgent: null, requestId: crypto.randomUUID() };

describe('plans and subscriptions', () => {
  let api: TestApi;
  let owner: TestUser;
  let orm: MikroORM;

  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true', JOBS_ENABLED: 'false' });
    owner = await signUpUser(api);
    orm = await createOrm({ clientUrl: api.databaseUrl, poolMax: 4, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await orm?.close(true);
    await api?.stop();
  });

  const subscription = async (user: TestUser, tenant = user.orgId) => {
    const response = await api.request(SUBSCRIPTION, {}, as(user, tenant));
    expect(response.errors).toBeUndefined();
    return response.data!.billingSubscription;
  };
  const changePlan = (user: TestUser, planId: string, billingCycle: 'MONTHLY' | 'ANNUAL' | 'CUSTOM' = 'MONTHLY') =>
    api.request(CHANGE_PLAN, { input: { planId, billingCycle } }, as(user, user.orgId));
  const auditActions = async (orgId: string) =>
    (
      await api.query<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
        `select action, before, after from audit_event where org_id = $1 and target_type = 'subscription' order by created_at, id`,
        [orgId],
      )
    ).map((row) => row);
  /** Moves the org's current period (and a trial's end) into the past, as if time had passed. */
  const endPeriod = (orgId: string) => endOpenPeriod(api, orgId);
  const advance = () => SubscriptionService.advance(orm.em.fork());

  it('serves the plan catalogue to anyone', async () => {
    const response = await api.request(PLANS);
    expect(response.errors).toBeUndefined();
    const plans = response.data!.plans;
    expect(plans.map((plan) => plan.id)).toEqual(['starter', 'team', 'business', 'enterprise']);
    const team = plans.find((plan) => plan.id === 'team')!;
    expect(team.cycles).toContainEqual({ cycle: 'ANNUAL', basePrice: { amount: 49_000, currency: 'USD' }, months: 12 });
    expect(team.entitlements).toEqual({ maxActiveMembers: 25, maxWorkspaces: 20, maxApiKeys: 10 });
    expect(team.priceBook).toContainEqual({ meter: 'RAG_TOKENS', credits: 1, per: 1000 });
    expect(plans.find((plan) => plan.id === 'enterprise')!.entitlements.maxWorkspaces).toBeNull();
  });

  it('starts every new organization on a 14-day trial of the default plan', async () => {
    const current = await subscription(owner);
    expect(current).toMatchObject({
      plan: { id: 'team' },
      productName: 'Team',
      status: 'TRIAL',
      billingCycle: 'MONTHLY',
      autoRenew: true,
      cancelAtPeriodEnd: false,
      usage: { activeMembers: 1, pendingInvitations: 0, workspaces: 0, apiKeys: 0 },
    });
    const days = (Date.parse(current.trialEndDate!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    expect(current.currentPeriodEnd).toBe(current.trialEndDate);
  });

  it('goes from trial to active by choosing a plan, audited with the plan before and after', async () => {
    const user = await signUpUser(api);
    const chosen = await changePlan(user, 'business', 'ANNUAL');
    expect(chosen.errors).toBeUndefined();
    const after = chosen.data!.changeSubscriptionPlan!.subscription;
    expect(after).toMatchObject({ plan: { id: 'business' }, status: 'ACTIVE', billingCycle: 'ANNUAL' });
    const months = (Date.parse(after.currentPeriodEnd) - Date.parse(after.currentPeriodStart)) / (30.4 * 86_400_000);
    expect(Math.round(months)).toBe(12);
    const [event] = await auditActions(user.orgId);
    expect(event).toMatchObject({
      action: 'subscription.activated',
      before: { plan: 'team', status: 'trial' },
      after: { plan: 'business', productName: 'Business', status: 'active', billingCycle: 'annual' },
    });

    // The same plan and cycle again changes nothing; a plan change keeps the period.
    expect(codes(await changePlan(user, 'business', 'ANNUAL'))).toEqual(['VALIDATION_FAILED']);
    const changed = await changePlan(user, 'team', 'ANNUAL');
    expect(changed.data!.changeSubscriptionPlan!.subscription).toMatchObject({
      plan: { id: 'team' },
      currentPeriodEnd: after.currentPeriodEnd,
    });
    expect((await auditActions(user.orgId)).at(-1)).toMatchObject({
      action: 'subscription.plan_changed',
      before: { plan: 'business' },
      after: { plan: 'team' },
    });
  });

  it('refuses a plan or cycle the catalogue does not offer, with the field', async () => {
    const unknown = await changePlan(owner, 'platinum');
    expect(codes(unknown)).toEqual(['VALIDATION_FAILED']);
    expect(unknown.errors![0]!.extensions!.fields).toEqual([{ path: 'input.planId', message: 'is not a plan' }]);
    const cycle = await changePlan(owner, 'starter', 'ANNUAL');
    expect(cycle.errors![0]!.extensions!.fields).toEqual([
      { path: 'input.billingCycle', message: 'Starter is not offered annual' },
    ]);
    expect((await subscription(owner)).status).toBe('TRIAL');
  });

  it('answers a typed error naming the status for a transition that is not allowed', async () => {
    const user = await signUpUser(api);
    const cancelled = await api.request(CANCEL, {}, as(user, user.orgId));
    expect(codes(cancelled)).toEqual(['SUBSCRIPTION_STATUS_INVALID']);
    expect(cancelled.errors![0]!.extensions!.status).toBe('trial');
    expect(cancelled.errors![0]!.message).toBe('The subscription is trial: it cannot be cancelled.');
    expect(codes(await api.request(RESUME, {}, as(user, user.orgId)))).toEqual(['SUBSCRIPTION_STATUS_INVALID']);
  });

  it('locks the organization before the subscription, as member changes do, so the two cannot deadlock', async () => {
    const boss = await signUpUser(api);
    const database = new pg.Client({ connectionString: api.databaseUrl });
    await database.connect();
    try {
      // A member change (reactivation, acceptance, account deletion) holds the org row first…
      await database.query('begin');
      await database.query('select 1 from organization where id = $1 for update', [boss.orgId]);
      const changing = changePlan(boss, 'business');
      await expect.poll(() => sessionsWaitingForLocks(database)).toBe(1);
      // …then wants the subscription, which the waiting plan change must not have taken.
      await database.query('select 1 from subscription where org_id = $1 for no key update nowait', [boss.orgId]);
      await database.query('commit');
      expect((await changing).errors).toBeUndefined();
    } finally {
      await database.query('rollback').catch(() => undefined);
      await database.end();
    }
  });

  it('cancels at period end and takes it back', async () => {
    const user = await signUpUser(api);
    await changePlan(user, 'team');
    const cancelled = await api.request(CANCEL, {}, as(user, user.orgId));
    expect(cancelled.data!.cancelSubscription!.subscription).toEqual({ status: 'ACTIVE', cancelAtPeriodEnd: true });
    const resumed = await api.request(RESUME, {}, as(user, user.orgId));
    expect(resumed.data!.resumeSubscription!.subscription).toEqual({ status: 'ACTIVE', cancelAtPeriodEnd: false });
    expect((await auditActions(user.orgId)).map((event) => event.action)).toEqual([
      'subscription.activated',
      'subscription.cancel_scheduled',
      'subscription.cancel_withdrawn',
    ]);
  });

  it('ends a trial at its date (expired), then subscribing again makes it active', async () => {
    const user = await signUpUser(api);
    await endPeriod(user.orgId);
    expect(await advance()).toBeGreaterThanOrEqual(1);
    expect((await subscription(user)).status).toBe('EXPIRED');
    expect((await auditActions(user.orgId)).at(-1)).toMatchObject({
      action: 'subscription.trial_ended',
      before: { status: 'trial' },
      after: { status: 'expired' },
    });
    const again = await changePlan(user, 'starter');
    expect(again.data!.changeSubscriptionPlan!.subscription.status).toBe('ACTIVE');
  });

  it('renews an active period, or cancels it at period end when asked or when auto-renewal is off', async () => {
    const renewing = await signUpUser(api);
    const cancelling = await signUpUser(api);
    const notRenewing = await signUpUser(api);
    for (const user of [renewing, cancelling, notRenewing]) await changePlan(user, 'team');
    await api.request(CANCEL, {}, as(cancelling, cancelling.orgId));
    const off = await api.request(AUTO_RENEW, { autoRenew: false }, as(notRenewing, notRenewing.orgId));
    expect(off.data!.setSubscriptionAutoRenew!.subscription.autoRenew).toBe(false);
    const before = await subscription(renewing);
    for (const user of [renewing, cancelling, notRenewing]) await endPeriod(user.orgId);
    await advance();

    const renewed = await subscription(renewing);
    expect(renewed.status).toBe('ACTIVE');
    expect(Date.parse(renewed.currentPeriodEnd)).toBeGreaterThan(Date.now());
    // The trial, the period that ended, and the renewed one, which starts where that one ended.
    const periods = await api.query<{ kind: string; closed: boolean; starts_at: Date; ends_at: Date }>(
      'select kind, closed_at is not null as closed, starts_at, ends_at from billing_period where org_id = $1 order by number',
      [renewing.orgId],
    );
    expect(periods.map(({ kind, closed }) => [kind, closed])).toEqual([
      ['trial', true],
      ['paid', true],
      ['paid', false],
    ]);
    expect(periods[2]!.starts_at).toEqual(periods[1]!.ends_at);
    expect(periods[2]!.ends_at.toISOString()).toBe(renewed.currentPeriodEnd);
    expect(before.currentPeriodEnd).not.toBe(renewed.currentPeriodEnd);
    expect((await subscription(cancelling)).status).toBe('CANCELLED');
    expect((await subscription(notRenewing)).status).toBe('CANCELLED');
    expect((await auditActions(cancelling.orgId)).at(-1)!.action).toBe('subscription.cancelled');
    expect((await auditActions(renewing.orgId)).at(-1)!.action).toBe('subscription.renewed');

    // Cancelled: nothing but subscribing again.
    expect(codes(await api.request(AUTO_RENEW, { autoRenew: true }, as(cancelling, cancelling.orgId)))).toEqual([
      'SUBSCRIPTION_STATUS_INVALID',
    ]);
    expect((await changePlan(cancelling, 'team')).data!.changeSubscriptionPlan!.subscription.status).toBe('ACTIVE');
  });

  it('ends each trial and period once when several processes run the job at the same moment', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => signUpUser(api)));
    await changePlan(users[0]!, 'team');
    await changePlan(users[1]!, 'team');
    await api.request(CANCEL, {}, as(users[1]!, users[1]!.orgId));
    for (let trial = 0; trial < 5; trial += 1) {
      for (const user of users) await endPeriod(user.orgId);
      const others = await Promise.all(
        Array.from({ length: 3 }, () =>
          createOrm({ clientUrl: api.databaseUrl, poolMax: 2, logger: pino({ level: 'silent' }) }),
        ),
      );
      try {
        await Promise.all([advance(), ...others.map((other) => SubscriptionService.advance(other.em.fork()))]);
      } finally {
        await Promise.all(others.map((other) => other.close(true)));
      }
    }
    // Renewed once per trial; the cancelled one and the expired trials changed once, ever.
    const actions = async (user: TestUser) => (await auditActions(user.orgId)).map((event) => event.action);
    expect((await actions(users[0]!)).filter((action) => action === 'subscription.renewed')).toHaveLength(5);
    expect((await actions(users[1]!)).filter((action) => action === 'subscription.cancelled')).toHaveLength(1);
    for (const user of users.slice(2)) {
      expect((await actions(user)).filter((action) => action === 'subscription.trial_ended')).toHaveLength(1);
    }
  });

  it('resets members’ used credits when a period starts', async () => {
    const user = await signUpUser(api);
    await changePlan(user, 'team');
    await api.query(`update member_credit set used_credits = 42 where org_id = $1`, [user.orgId]);
    await endPeriod(user.orgId);
    await advance();
    const rows = await api.query<{ used_credits: string }>(`select used_credits from member_credit where org_id = $1`, [
      user.orgId,
    ]);
    expect(rows.map((row) => Number(row.used_credits))).toEqual(rows.map(() => 0));
  });

  it('is read by the owner and admins and managed by the owner only', async () => {
    const admin = await addMember(api, owner, 'ADMIN');
    const manager = await addMember(api, owner, 'MANAGER');
    const viewer = await addMember(api, owner, 'VIEWER');
    expect((await api.request(SUBSCRIPTION, {}, as(admin, owner.orgId))).errors).toBeUndefined();
    for (const user of [manager, viewer]) {
      expect(codes(await api.request(SUBSCRIPTION, {}, as(user, owner.orgId)))).toEqual(['FORBIDDEN']);
    }
    for (const user of [admin, manager, viewer]) {
      const response = await api.request(
        CHANGE_PLAN,
        { input: { planId: 'business', billingCycle: 'MONTHLY' } },
        as(user, owner.orgId),
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(codes(await api.request(CANCEL, {}, as(user, owner.orgId)))).toEqual(['FORBIDDEN']);
    }
  });

  it('suspends and reinstates only by operator command; a suspended org is administered but creates nothing', async () => {
    const user = await signUpUser(api);
    await expect(SubscriptionService.setSuspended(orm.em.fork(), user.orgSlug, true, OPERATOR)).rejects.toThrow(
      'The subscription is trial: it cannot be suspended.',
    );
    await changePlan(user, 'team');
    const workspace = await api.request(CREATE_WORKSPACE, { name: 'Before' }, as(user, user.orgId));
    const workspaceId = workspace.data!.createWorkspace!.workspace.id;
    await SubscriptionService.setSuspended(orm.em.fork(), user.orgSlug, true, OPERATOR);
    expect((await subscription(user)).status).toBe('SUSPENDED');

    const refused = await api.request(CREATE_WORKSPACE, { name: 'During' }, as(user, user.orgId));
    expect(codes(refused)).toEqual(['SUBSCRIPTION_INACTIVE']);
    expect(refused.errors![0]!.extensions!.status).toBe('suspended');
    expect(codes(await api.request(CREATE_ENVIRONMENT, { workspaceId }, as(user, user.orgId)))).toEqual([
      'SUBSCRIPTION_INACTIVE',
    ]);
    const key = await api.request(
      CREATE_API_KEY,
      { input: { name: 'k', scopes: ['usage.record'] } },
      as(user, user.orgId),
    );
    expect(codes(key)).toEqual(['SUBSCRIPTION_INACTIVE']);
    expect(codes(await changePlan(user, 'business'))).toEqual(['SUBSCRIPTION_STATUS_INVALID']);
    // Members and billing are still administered.
    const [invited] = await invite(api, user, user.orgId, [{ email: `s-${Date.now()}@example.com`, role: 'MEMBER' }]);
    expect(invited!.error).toBeNull();
    expect((await subscription(user)).usage.workspaces).toBe(1);

    await SubscriptionService.setSuspended(orm.em.fork(), user.orgId, false, OPERATOR);
    expect((await api.request(CREATE_WORKSPACE, { name: 'After' }, as(user, user.orgId))).errors).toBeUndefined();
    expect((await auditActions(user.orgId)).map((event) => event.action).slice(-2)).toEqual([
      'subscription.suspended',
      'subscription.reinstated',
    ]);
  });

  it('refuses creations in an expired trial with SUBSCRIPTION_INACTIVE', async () => {
    const user = await signUpUser(api);
    await endPeriod(user.orgId);
    await advance();
    expect(codes(await api.request(CREATE_WORKSPACE, { name: 'W' }, as(user, user.orgId)))).toEqual([
      'SUBSCRIPTION_INACTIVE',
    ]);
  });
});

describe('plan entitlements', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true', JOBS_ENABLED: 'false', TRIAL_PLAN: 'starter' });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('refuses a workspace beyond the plan with PLAN_LIMIT_REACHED and the limit, also for a burst', async () => {
    for (let trial = 0; trial < 5; trial += 1) {
      const owner = await signUpUser(api);
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          api.request(CREATE_WORKSPACE, { name: `W ${index}` }, as(owner, owner.orgId)),
        ),
      );
      const accepted = responses.filter((response) => !response.errors);
      const refused = responses.filter((response) => response.errors);
      expect(accepted).toHaveLength(3);
      expect(refused.map(codes).flat()).toEqual(Array(7).fill('PLAN_LIMIT_REACHED'));
      expect(refused[0]!.errors![0]!.extensions).toMatchObject({
        entitlement: 'maxWorkspaces',
        limit: 3,
        plan: 'starter',
      });
    }
  });

  it('counts only working API keys against the limit', async () => {
    const owner = await signUpUser(api);
    const create = () =>
      api.request(CREATE_API_KEY, { input: { name: 'k', scopes: ['usage.record'] } }, as(owner, owner.orgId));
    const responses = await Promise.all(Array.from({ length: 6 }, create));
    expect(responses.filter((response) => !response.errors)).toHaveLength(2);
    expect(codes(await create())).toEqual(['PLAN_LIMIT_REACHED']);
    await api.query(`update api_key set revoked_at = now() where org_id = $1`, [owner.orgId]);
    expect((await create()).errors).toBeUndefined();
  });

  it('counts pending invitations against the member limit, for a burst too', async () => {
    for (let trial = 0; trial < 3; trial += 1) {
      const owner = await signUpUser(api);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          invite(api, owner, owner.orgId, [{ email: `m${trial}-${index}-${Date.now()}@example.com`, role: 'MEMBER' }]),
        ),
      );
      const outcomes = results.flat();
      expect(outcomes.filter((outcome) => outcome.error === null)).toHaveLength(4);
      expect(outcomes.filter((outcome) => outcome.error?.code === 'PLAN_LIMIT_REACHED')).toHaveLength(4);
    }
  });

  it('refuses reactivating a member when pending invitations hold the last seats', async () => {
    const owner = await signUpUser(api);
    const members = [];
    for (let index = 0; index < 3; index += 1) members.push(await addMember(api, owner, 'MEMBER'));
    const archived = await api.request(
      ARCHIVE_MEMBER,
      { membershipId: members[0]!.membershipId },
      as(owner, owner.orgId),
    );
    expect(archived.errors).toBeUndefined();
    // 3 active and 2 pending fill Starter's 5 seats.
    const pending = await invite(api, owner, owner.orgId, [
      { email: `p1-${Date.now()}@example.com`, role: 'MEMBER' },
      { email: `p2-${Date.now()}@example.com`, role: 'MEMBER' },
    ]);
    expect(pending.map((outcome) => outcome.error)).toEqual([null, null]);
    const refused = await api.request(
      REACTIVATE_MEMBER,
      { membershipId: members[0]!.membershipId },
      as(owner, owner.orgId),
    );
    expect(codes(refused)).toEqual(['PLAN_LIMIT_REACHED']);
  });

  it('refuses accepting an invitation once a smaller plan has no seat left for it', async () => {
    const owner = await signUpUser(api);
    await api.request(CHANGE_PLAN, { input: { planId: 'team', billingCycle: 'MONTHLY' } }, as(owner, owner.orgId));
    for (let index = 0; index < 4; index += 1) await addMember(api, owner, 'MEMBER');
    const late = await signUpUser(api);
    await invite(api, owner, owner.orgId, [{ email: late.email, role: 'MEMBER' }]);
    const downgraded = await api.request(
      CHANGE_PLAN,
      { input: { planId: 'starter', billingCycle: 'MONTHLY' } },
      as(owner, owner.orgId),
    );
    expect(downgraded.errors).toBeUndefined();
    const token = await tokenFromMailbox(api, late.email);
    const accepted = await api.request(ACCEPT, { token }, as(late));
    expect(codes(accepted)).toEqual(['PLAN_LIMIT_REACHED']);
    expect(accepted.errors![0]!.extensions).toMatchObject({ entitlement: 'maxActiveMembers', limit: 5 });
  });
});
