import type { EntityManager } from '@mikro-orm/postgresql';
import {
  cycleOffer,
  isPlanId,
  planOf,
  USABLE_SUBSCRIPTION_STATUSES,
  type BillingCycle,
  type EntitlementId,
  type PlanId,
  type SubscriptionStatus,
} from '@orgplane/schema';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { recordAudit, type AuditActor, type AuditEntry } from '../audit/audit.service.ts';
import { queueWebhookEvent } from '../webhooks/webhook.service.ts';
import { BillingPeriod } from './billing-period.entity.ts';
import { closeOpenPeriod, openPeriod, periodEndFrom } from './billing-period.service.ts';
import { Subscription } from './subscription.entity.ts';

/** What a new organization starts on: a trial of `plan` for `days` days. */
export interface TrialSettings {
  readonly plan: PlanId;
  readonly days: number;
}

/** A subscription as read. */
export interface SubscriptionRow {
  org_id: string;
  plan: PlanId;
  status: SubscriptionStatus;
  billing_cycle: BillingCycle;
  period_months: number;
  auto_renew: boolean;
  trial_ends_at: Date | null;
  period_starts_at: Date;
  period_ends_at: Date;
  cancel_at_period_end: boolean;
  anchor_day: number;
  updated_at: Date;
}

/** How much of each entitlement the organization uses now. */
export interface EntitlementUsage {
  activeMembers: number;
  pendingInvitations: number;
  workspaces: number;
  apiKeys: number;
}

const FIELDS = [
  'org_id',
  'plan',
  'status',
  'billing_cycle',
  'period_months',
  'auto_renew',
  'trial_ends_at',
  'period_starts_at',
  'period_ends_at',
  'cancel_at_period_end',
  'anchor_day',
  'updated_at',
] as const;
/** The subscription's columns, of the table aliased `alias` when given. */
const columns = (alias?: string) => FIELDS.map((field) => (alias ? `${alias}.${field}` : field)).join(', ');
const COLUMNS = columns();

/** Counts of what the org `o` (in the enclosing `from organization o`) has. */
const COUNTS = {
  activeMembers: `(select count(*) from membership m where m.org_id = o.id and m.status = 'active')`,
  pendingInvitations: `(select count(*) from invitation i where i.org_id = o.id and i.status = 'pending' and i.expires_at > now())`,
  workspaces: '(select count(*) from workspace w where w.org_id = o.id)',
  apiKeys: `(select count(*) from api_key k where k.org_id = o.id and k.revoked_at is null and (k.expires_at is null or k.expires_at > now()))`,
};

/** What an entitlement limits, counted as above. */
const USED: Record<EntitlementId, string> = {
  maxActiveMembers: `${COUNTS.activeMembers} + ${COUNTS.pendingInvitations}`,
  maxWorkspaces: COUNTS.workspaces,
  maxApiKeys: COUNTS.apiKeys,
};

/** How many subscriptions one pass of the job advances, in one transaction. */
const ADVANCE_BATCH = 500;

/** A system job as the audit trail names it. */
export function systemActor(label: string): AuditActor {
  return { userId: null, label, ip: 'system', userAgent: null, requestId: crypto.randomUUID() };
}

function snapshot(row: Pick<SubscriptionRow, 'plan' | 'status' | 'billing_cycle' | 'period_ends_at'>) {
  return {
    plan: row.plan,
    productName: planOf(row.plan).name,
    status: row.status,
    billingCycle: row.billing_cycle,
    currentPeriodEnd: row.period_ends_at,
  };
}

/**
 * A change of the subscription: audited, and sent to the org's webhooks as `subscription.updated`
 * (the change, the subscription before and after), both in the change's transaction.
 */
async function recordChange(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await recordAudit(em, actor, entry);
  await queueWebhookEvent(em, entry.orgId, 'subscription.updated', {
    change: entry.action,
    previous: entry.before,
    subscription: entry.after,
  });
}

function statusInvalid(status: SubscriptionStatus, change: string): DomainError {
  return new DomainError('SUBSCRIPTION_STATUS_INVALID', {
    message: `The subscription is ${status}: it cannot ${change}.`,
    extensions: { status },
  });
}

/**
 * Starts a new organization's trial, in the caller's transaction (the flush that writes the
 * organization writes it too): the subscription and its first billing period, which ends with the
 * trial. Paid periods will end on the day of the month the trial started, until the owner picks
 * another anchor day.
 */
export function startTrial(em: EntityManager, orgId: string, trial: TrialSettings): void {
  const start = new Date();
  const end = new Date(start.getTime() + trial.days * 24 * 60 * 60 * 1000);
  em.create(Subscription, {
    organization: orgId,
    plan: trial.plan,
    status: 'trial',
    trialEndsAt: end,
    periodStartsAt: start,
    periodEndsAt: end,
    anchorDay: start.getUTCDate(),
  });
  em.create(BillingPeriod, {
    organization: orgId,
    number: 1,
    kind: 'trial',
    plan: trial.plan,
    billingCycle: 'monthly',
    startsAt: start,
    endsAt: end,
    nominalEndsAt: end,
  });
}

/**
 * Locks the org's subscription for the rest of the caller's transaction and refuses what the plan
 * no longer allows: SUBSCRIPTION_INACTIVE unless it is in trial or active (with `requireUsable`),
 * PLAN_LIMIT_REACHED when `entitlement` has no room for one more (`activeMembersOnly`: counting
 * active members only, for an invitation being accepted). Creations of the same kind wait for
 * each other on the lock, so a burst cannot pass the limit together; the count runs after the
 * lock, in a statement of its own, so it sees what the one before committed. Returns the plan.
 */
export async function requireEntitlement(
  em: EntityManager,
  orgId: string,
  options: { entitlement?: EntitlementId; requireUsable?: boolean; activeMembersOnly?: boolean },
): Promise<PlanId> {
  // The org's row first (key share, as any insert's foreign key check takes), then the
  // subscription: the order an account deletion locks them in. Without an entitlement to count,
  // a share lock: callers run side by side, and a status change waits for them to commit.
  const [subscription] = await sql<{ plan: PlanId; status: SubscriptionStatus }>(
    em,
    `select s.plan, s.status from organization o join subscription s on s.org_id = o.id
      where o.id = ? for key share of o ${options.entitlement ? 'for no key update' : 'for share'} of s`,
    [orgId],
  );
  if (!subscription) throw new DomainError('TENANT_NOT_FOUND');
  if (options.requireUsable && !USABLE_SUBSCRIPTION_STATUSES.has(subscription.status)) {
    throw new DomainError('SUBSCRIPTION_INACTIVE', {
      message: `The subscription is ${subscription.status}, so this is unavailable. The owner can choose a plan on the Billing page.`,
      extensions: { status: subscription.status },
    });
  }
  const { entitlement } = options;
  if (!entitlement) return subscription.plan;
  const limit = planOf(subscription.plan).entitlements[entitlement];
  if (limit === null) return subscription.plan;
  const counted = options.activeMembersOnly ? COUNTS.activeMembers : USED[entitlement];
  const [used] = await sql<{ used: string }>(em, `select ${counted} as used from organization o where o.id = ?`, [
    orgId,
  ]);
  if (Number(used!.used) + 1 > limit) {
    throw new DomainError('PLAN_LIMIT_REACHED', {
      message: `The ${planOf(subscription.plan).name} plan allows ${limit} ${ENTITLEMENT_NOUNS[entitlement]}. Remove one you no longer need or choose a larger plan on the Billing page.`,
      extensions: { entitlement, limit, plan: subscription.plan },
    });
  }
  return subscription.plan;
}

const ENTITLEMENT_NOUNS: Record<EntitlementId, string> = {
  maxActiveMembers: 'members (pending invitations included)',
  maxWorkspaces: 'workspaces',
  maxApiKeys: 'working API keys',
};

/**
 * The subscription's lifecycle. Allowed transitions only: trial → active (choosing a plan),
 * trial → expired (at trial end), active → cancelled (at period end when cancelled or not
 * renewed), active ⇄ suspended (operator command only), cancelled/expired → active (choosing a
 * plan again). Every change is audited with the plan before and after.
 */
export class SubscriptionService {
  constructor(private readonly em: EntityManager) {}

  async current(orgId: string): Promise<SubscriptionRow> {
    const [row] = await sql<SubscriptionRow>(this.em, `select ${COLUMNS} from subscription where org_id = ?`, [orgId]);
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  async entitlementUsage(orgId: string): Promise<EntitlementUsage> {
    const [row] = await sql<Record<keyof EntitlementUsage, string>>(
      this.em,
      `select ${COUNTS.activeMembers} as "activeMembers", ${COUNTS.pendingInvitations} as "pendingInvitations",
              ${COUNTS.workspaces} as workspaces, ${COUNTS.apiKeys} as "apiKeys"
         from organization o where o.id = ?`,
      [orgId],
    );
    return {
      activeMembers: Number(row!.activeMembers),
      pendingInvitations: Number(row!.pendingInvitations),
      workspaces: Number(row!.workspaces),
      apiKeys: Number(row!.apiKeys),
    };
  }

  /**
   * Chooses a plan and cycle: starts a paid subscription from a trial, or again after it was
   * cancelled or expired (a new period starts now), or changes the plan of an active one (at
   * once; a new cycle starts a new period).
   */
  async changePlan(
    orgId: string,
    actor: AuditActor,
    input: { planId: string; billingCycle: BillingCycle },
  ): Promise<SubscriptionRow> {
    const { planId, billingCycle } = input;
    if (!isPlanId(planId)) throw new ValidationFailedError([{ path: 'input.planId', message: 'is not a plan' }]);
    const offer = cycleOffer(planId, billingCycle);
    if (!offer) {
      throw new ValidationFailedError([
        { path: 'input.billingCycle', message: `${planOf(planId).name} is not offered ${billingCycle}` },
      ]);
    }
    return this.em.transactional(async (em) => {
      const before = await this.lock(em, orgId);
      if (before.status === 'suspended') throw statusInvalid(before.status, 'change plan until it is resumed');
      const renewing = before.status !== 'active' || before.billing_cycle !== billingCycle;
      if (!renewing && before.plan === planId) {
        throw new ValidationFailedError([{ path: 'input.planId', message: 'is already your plan' }]);
      }
      let period = { startsAt: before.period_starts_at, endsAt: before.period_ends_at, anchorDay: before.anchor_day };
      if (renewing) period = await this.startPeriod(em, before, planId, billingCycle, offer.months);
      const [after] = await sql<SubscriptionRow>(
        em,
        `update subscription set plan = ?, billing_cycle = ?, period_months = ?, status = 'active', cancel_at_period_end = false,
                period_starts_at = ?, period_ends_at = ?, anchor_day = ?, updated_at = now()
          where org_id = ? returning ${COLUMNS}`,
        [planId, billingCycle, offer.months, period.startsAt, period.endsAt, period.anchorDay, orgId],
      );
      if (renewing) await resetCredits(em, [orgId]);
      await recordChange(em, actor, {
        orgId,
        action: before.status === 'active' ? 'subscription.plan_changed' : 'subscription.activated',
        targetType: 'subscription',
        targetId: orgId,
        before: snapshot(before),
        after: snapshot(after!),
      });
      return after!;
    });
  }

  /** Cancels at the end of the current period (the subscription stays active until then). */
  cancel(orgId: string, actor: AuditActor): Promise<SubscriptionRow> {
    return this.setCancelAtPeriodEnd(orgId, actor, true);
  }

  /** Takes back a cancellation before the period ends. */
  resume(orgId: string, actor: AuditActor): Promise<SubscriptionRow> {
    return this.setCancelAtPeriodEnd(orgId, actor, false);
  }

  /** Whether the subscription renews at period end (a trial: whether its plan starts when it ends is the owner's choice). */
  async setAutoRenew(orgId: string, actor: AuditActor, autoRenew: boolean): Promise<SubscriptionRow> {
    return this.em.transactional(async (em) => {
      const before = await this.lock(em, orgId);
      if (before.status !== 'active' && before.status !== 'trial')
        throw statusInvalid(before.status, 'change auto-renewal');
      if (before.auto_renew === autoRenew) return before;
      const [after] = await sql<SubscriptionRow>(
        em,
        `update subscription set auto_renew = ?, updated_at = now() where org_id = ? returning ${COLUMNS}`,
        [autoRenew, orgId],
      );
      await recordChange(em, actor, {
        orgId,
        action: 'subscription.auto_renew_changed',
        targetType: 'subscription',
        targetId: orgId,
        before: { ...snapshot(before), autoRenew: before.auto_renew },
        after: { ...snapshot(after!), autoRenew },
      });
      return after!;
    });
  }

  private async setCancelAtPeriodEnd(orgId: string, actor: AuditActor, cancel: boolean): Promise<SubscriptionRow> {
    return this.em.transactional(async (em) => {
      const before = await this.lock(em, orgId);
      if (before.status !== 'active') throw statusInvalid(before.status, cancel ? 'be cancelled' : 'be resumed');
      if (before.cancel_at_period_end === cancel) return before;
      const [after] = await sql<SubscriptionRow>(
        em,
        `update subscription set cancel_at_period_end = ?, updated_at = now() where org_id = ? returning ${COLUMNS}`,
        [cancel, orgId],
      );
      await recordChange(em, actor, {
        orgId,
        action: cancel ? 'subscription.cancel_scheduled' : 'subscription.cancel_withdrawn',
        targetType: 'subscription',
        targetId: orgId,
        before: { ...snapshot(before), cancelAtPeriodEnd: before.cancel_at_period_end },
        after: { ...snapshot(after!), cancelAtPeriodEnd: cancel },
      });
      return after!;
    });
  }

  /**
   * A new paid period from now: the open period (a trial, or the active period of another cycle)
   * closes now, billed on the plan it had. Starting a subscription (from a trial, or again) anchors
   * periods on today's day of the month; a cycle change keeps the anchor day, so the new period
   * may be a stub up to it.
   */
  private async startPeriod(
    em: EntityManager,
    before: SubscriptionRow,
    plan: PlanId,
    billingCycle: BillingCycle,
    months: number,
  ): Promise<{ startsAt: Date; endsAt: Date; anchorDay: number }> {
    // The transaction's time, to the millisecond (as JavaScript keeps it): the closing period ends
    // and the new one starts at exactly this instant.
    const [clock] = await sql<{ now: string }>(em, 'select now() as now', []);
    const now = new Date(clock!.now);
    if (before.status === 'trial' || before.status === 'active') {
      await closeOpenPeriod(em, before.org_id, { plan: before.plan, billingCycle: before.billing_cycle, endsAt: now });
    }
    const anchorDay = before.status === 'active' ? before.anchor_day : now.getUTCDate();
    const end = await periodEndFrom(em, before.org_id, now, { anchorDay, months });
    await openPeriod(em, before.org_id, { ...end, startsAt: now, kind: 'paid', plan, billingCycle });
    return { startsAt: now, endsAt: end.endsAt, anchorDay };
  }

  /**
   * Locks the subscription for a change, after a key share on the org's row: the order member
   * changes, account deletion and `requireEntitlement` take them in (org first), so a plan change
   * and a reactivation cannot each hold what the other waits for. The audit insert's foreign key
   * check would otherwise take the org row last.
   */
  private async lock(em: EntityManager, orgId: string): Promise<SubscriptionRow> {
    const [row] = await sql<SubscriptionRow>(
      em,
      `select ${columns('s')} from organization o join subscription s on s.org_id = o.id
        where o.id = ? for key share of o for update of s`,
      [orgId],
    );
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  /**
   * Operator command: suspends an active subscription, or resumes a suspended one. `target` is the
   * organization's slug or id. Works as the schema owner, across tenants.
   */
  static async setSuspended(
    em: EntityManager,
    target: string,
    suspended: boolean,
    actor: AuditActor,
  ): Promise<SubscriptionRow> {
    return em.transactional(async (tx) => {
      const [before] = await sql<SubscriptionRow>(
        tx,
        `select ${columns('s')} from subscription s join organization o on o.id = s.org_id
          where o.slug = lower(?) or o.id::text = ? for key share of o for update of s`,
        [target, target],
      );
      if (!before) throw new DomainError('NOT_FOUND', { message: `No organization ${target}.` });
      const from: SubscriptionStatus = suspended ? 'active' : 'suspended';
      if (before.status !== from) throw statusInvalid(before.status, suspended ? 'be suspended' : 'be resumed');
      const [after] = await sql<SubscriptionRow>(
        tx,
        `update subscription set status = ?, updated_at = now() where org_id = ? returning ${COLUMNS}`,
        [suspended ? 'suspended' : 'active', before.org_id],
      );
      await recordChange(tx, actor, {
        orgId: before.org_id,
        action: suspended ? 'subscription.suspended' : 'subscription.reinstated',
        targetType: 'subscription',
        targetId: before.org_id,
        before: snapshot(before),
        after: snapshot(after!),
      });
      return after!;
    });
  }

  /**
   * The scheduled job: ends trials whose date passed (→ expired) and periods that ended (→ the
   * next period, or cancelled when cancellation was asked or auto-renewal is off), each in a
   * conditional update on rows it locked (skipping those locked elsewhere), so a transition
   * happens once however many processes run this at once. Up to 500 subscriptions per pass; one
   * several periods behind (the job did not run) catches up one period per pass.
   * Returns how many transitions it made.
   */
  static async advance(em: EntityManager): Promise<number> {
    const actor = systemActor('subscription job');
    let total = 0;
    for (let pass = 0; pass < 100; pass += 1) {
      const changed = await em.transactional(async (tx) => {
        // The due subscriptions, each after its org row (the order every other change locks
        // them in, or the audit inserts' foreign key checks would take the org rows last). Rows
        // another process or a member change holds are left to the next pass.
        const due = await sql<{ org_id: string }>(
          tx,
          `select s.org_id from organization o join subscription s on s.org_id = o.id
            where s.status in ('trial', 'active') and s.period_ends_at <= now()
            order by o.id limit ${ADVANCE_BATCH}
            for key share of o for update of s skip locked`,
          [],
        );
        if (due.length === 0) return 0;
        for (const { org_id: orgId } of due) await SubscriptionService.advanceOne(tx, orgId, actor);
        return due.length;
      });
      total += changed;
      if (changed === 0) break;
    }
    return total;
  }

  /**
   * One due subscription (locked by the caller): a trial that ended expires; an active period that
   * ended closes and the next one opens on the anchor day or fiscal calendar, or the subscription
   * is cancelled when that was asked or auto-renewal is off. Each is audited.
   */
  private static async advanceOne(em: EntityManager, orgId: string, actor: AuditActor): Promise<void> {
    const [row] = await sql<SubscriptionRow>(
      em,
      `select ${COLUMNS} from subscription where org_id = ? and status in ('trial', 'active') and period_ends_at <= now()`,
      [orgId],
    );
    if (!row) return;
    await closeOpenPeriod(em, orgId, { plan: row.plan, billingCycle: row.billing_cycle });
    if (row.status === 'trial') {
      const [after] = await sql<SubscriptionRow>(
        em,
        `update subscription set status = 'expired', updated_at = now() where org_id = ? returning ${COLUMNS}`,
        [orgId],
      );
      await recordChange(em, actor, {
        orgId,
        action: 'subscription.trial_ended',
        targetType: 'subscription',
        targetId: orgId,
        before: snapshot(row),
        after: snapshot(after!),
      });
      return;
    }
    if (row.cancel_at_period_end || !row.auto_renew) {
      const [after] = await sql<SubscriptionRow>(
        em,
        `update subscription set status = 'cancelled', cancel_at_period_end = false, updated_at = now()
          where org_id = ? returning ${COLUMNS}`,
        [orgId],
      );
      await recordChange(em, actor, {
        orgId,
        action: 'subscription.cancelled',
        targetType: 'subscription',
        targetId: orgId,
        before: snapshot(row),
        after: snapshot(after!),
      });
      return;
    }
    const start = row.period_ends_at;
    const end = await periodEndFrom(em, orgId, start, { anchorDay: row.anchor_day, months: row.period_months });
    await openPeriod(em, orgId, {
      ...end,
      startsAt: start,
      kind: 'paid',
      plan: row.plan,
      billingCycle: row.billing_cycle,
    });
    const [after] = await sql<SubscriptionRow>(
      em,
      `update subscription set period_starts_at = ?, period_ends_at = ?, cancel_at_period_end = false, updated_at = now()
        where org_id = ? returning ${COLUMNS}`,
      [start, end.endsAt, orgId],
    );
    await recordChange(em, actor, {
      orgId,
      action: 'subscription.renewed',
      targetType: 'subscription',
      targetId: orgId,
      before: snapshot(row),
      after: snapshot(after!),
    });
    await resetCredits(em, [orgId]);
  }
}

/** A new period starts: members' used credits go back to zero. */
async function resetCredits(em: EntityManager, orgIds: readonly string[]): Promise<void> {
  if (orgIds.length === 0) return;
  await sql(
    em,
    'update member_credit set used_credits = 0, updated_at = now() where org_id = any(?) and used_credits <> 0',
    [orgIds],
  );
}
