import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingCycle, PlanId } from '@orgplane/schema';
import { pageByNumber } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { BillingPeriodKind } from './billing-period.entity.ts';
import { calendarProblems, nextPeriodEnd, upcomingPeriods, type PeriodEnd } from './billing-periods.ts';

/** A billing period as read. */
interface BillingPeriodRow {
  org_id: string;
  number: number;
  starts_at: Date;
  ends_at: Date;
  kind: BillingPeriodKind;
  plan: PlanId;
  billing_cycle: BillingCycle;
  closed_at: Date | null;
  invoice_id: string | null;
  invoice_number: number | null;
}

/** A new period to open after the organization's last one. */
export interface NewPeriod extends PeriodEnd {
  readonly startsAt: Date;
  readonly kind: 'trial' | 'paid';
  readonly plan: PlanId;
  readonly billingCycle: BillingCycle;
}

/**
 * Closes the organization's open period (at `endsAt` when given: a period cut short), billed on
 * `plan` and `billingCycle` (the subscription's as it closes). Runs in the caller's transaction,
 * which holds the subscription's lock.
 */
export async function closeOpenPeriod(
  em: EntityManager,
  orgId: string,
  billing: { plan: PlanId; billingCycle: BillingCycle; endsAt?: Date },
): Promise<void> {
  await sql(
    em,
    `update billing_period set ends_at = coalesce(?::timestamptz, ends_at), closed_at = now(), plan = ?, billing_cycle = ?
      where org_id = ? and closed_at is null`,
    [billing.endsAt ?? null, billing.plan, billing.billingCycle, orgId],
  );
}

/**
 * Opens the organization's next period, after its last one (closed by now). Time between the
 * last period's end and the new start (no subscription in force) becomes a closed `inactive`
 * period first, so the line of periods has no gap.
 */
export async function openPeriod(em: EntityManager, orgId: string, period: NewPeriod): Promise<void> {
  // Timestamps go back to the database as it gave them (microseconds included), so the new
  // period's start matches the last one's end exactly.
  await sql(
    em,
    `insert into billing_period (org_id, starts_at, ends_at, follows, number, kind, plan, billing_cycle, nominal_ends_at, closed_at)
     select org_id, ends_at, ?::timestamptz, ends_at, number + 1, 'inactive', ?, ?, ?::timestamptz, now()
       from (select org_id, ends_at, number from billing_period where org_id = ? order by number desc limit 1) last
      where last.ends_at < ?::timestamptz`,
    [period.startsAt, period.plan, period.billingCycle, period.startsAt, orgId, period.startsAt],
  );
  await sql(
    em,
    `insert into billing_period (org_id, starts_at, ends_at, follows, number, kind, plan, billing_cycle, nominal_ends_at)
     select ?, ?::timestamptz, ?, case when count(*) > 0 then ?::timestamptz end, count(*) + 1, ?, ?, ?, ?
       from billing_period where org_id = ?`,
    [
      orgId,
      period.startsAt,
      period.endsAt,
      period.startsAt,
      period.kind,
      period.plan,
      period.billingCycle,
      period.nominalEndsAt,
      orgId,
    ],
  );
}

/** Where a period of this organization starting at `start` ends, by its anchor day or fiscal calendar. */
export async function periodEndFrom(
  em: EntityManager,
  orgId: string,
  start: Date,
  rule: { anchorDay: number; months: number },
): Promise<PeriodEnd> {
  const [next] = await sql<{ boundary: string | null }>(
    em,
    'select min(boundary) as boundary from billing_calendar where org_id = ? and boundary > ?',
    [orgId, start],
  );
  return nextPeriodEnd(new Date(start), {
    ...rule,
    calendarBoundary: next?.boundary ? new Date(next.boundary) : null,
  });
}

/** The billing period settings: the anchor day, the fiscal calendar, and what they make of the next periods. */
export interface PeriodSettings {
  anchorDay: number;
  calendar: Date[];
  upcoming: Array<{ startsAt: Date; endsAt: Date }>;
}

/** How many upcoming periods the settings preview. */
const UPCOMING = 4;

/**
 * Billing periods: the organization's history of periods and the settings that place the next
 * ones. Settings changes apply from the next period: the open period keeps its end.
 */
export class BillingPeriodService {
  constructor(private readonly em: EntityManager) {}

  /** Periods, newest first, with their invoices. */
  list(orgId: string, page: { first: number; after?: string | null }) {
    return pageByNumber<BillingPeriodRow>(
      this.em,
      `select p.org_id, p.number, p.starts_at, p.ends_at, p.kind, p.plan, p.billing_cycle, p.closed_at,
              i.id as invoice_id, i.number as invoice_number
         from billing_period p
         left join invoice i on i.org_id = p.org_id and i.period_ends_at = p.ends_at`,
      'p',
      orgId,
      page,
    );
  }

  async settings(orgId: string): Promise<PeriodSettings> {
    const [subscription] = await sql<{ anchor_day: number; period_months: number; period_ends_at: Date }>(
      this.em,
      'select anchor_day, period_months, period_ends_at from subscription where org_id = ?',
      [orgId],
    );
    if (!subscription) throw new DomainError('NOT_FOUND');
    const calendar = (
      await sql<{ boundary: string }>(
        this.em,
        'select boundary from billing_calendar where org_id = ? and boundary > ? order by boundary',
        [orgId, subscription.period_ends_at],
      )
    ).map((row) => new Date(row.boundary));
    return {
      anchorDay: subscription.anchor_day,
      calendar,
      upcoming: upcomingPeriods(
        new Date(subscription.period_ends_at),
        { anchorDay: subscription.anchor_day, months: subscription.period_months },
        calendar,
        UPCOMING,
      ),
    };
  }

  /**
   * Changes the anchor day and/or replaces the fiscal calendar (an empty list removes it). Both
   * apply from the next period. Audited with the settings before and after.
   */
  async update(
    orgId: string,
    actor: AuditActor,
    input: { anchorDay?: number | null; fiscalCalendar?: readonly Date[] | null },
  ): Promise<PeriodSettings> {
    const { anchorDay, fiscalCalendar } = input;
    if (anchorDay == null && fiscalCalendar == null) {
      throw new ValidationFailedError([
        { path: 'input', message: 'must change the anchor day or the fiscal calendar' },
      ]);
    }
    if (anchorDay != null && (!Number.isInteger(anchorDay) || anchorDay < 1 || anchorDay > 31)) {
      throw new ValidationFailedError([{ path: 'input.anchorDay', message: 'must be a day of the month, 1 to 31' }]);
    }
    return this.em.transactional(async (em) => {
      // The subscription's lock (after the org's key share, the order every change takes): the
      // period close waits for this change, and this change for a close in progress.
      const [subscription] = await sql<{ status: string; period_ends_at: Date; anchor_day: number }>(
        em,
        `select s.status, s.period_ends_at, s.anchor_day from organization o join subscription s on s.org_id = o.id
          where o.id = ? for key share of o for no key update of s`,
        [orgId],
      );
      if (!subscription) throw new DomainError('NOT_FOUND');
      const before = await this.settingsIn(em, orgId, subscription.period_ends_at, subscription.anchor_day);
      if (fiscalCalendar != null) {
        const sorted = [...fiscalCalendar].sort((a, b) => a.getTime() - b.getTime());
        const repeated = sorted.some((date, index) => index > 0 && date.getTime() === sorted[index - 1]!.getTime());
        const problems = repeated
          ? ['must not repeat a boundary']
          : calendarProblems(sorted, new Date(subscription.period_ends_at));
        if (problems.length) {
          throw new ValidationFailedError(problems.map((message) => ({ path: 'input.fiscalCalendar', message })));
        }
        await sql(em, 'delete from billing_calendar where org_id = ? and boundary > ?', [
          orgId,
          subscription.period_ends_at,
        ]);
        if (sorted.length) {
          await sql(em, 'insert into billing_calendar (org_id, boundary) select ?, unnest(?::timestamptz[])', [
            orgId,
            sorted.map((date) => date.toISOString()),
          ]);
        }
      }
      if (anchorDay != null) {
        await sql(em, 'update subscription set anchor_day = ?, updated_at = now() where org_id = ?', [
          anchorDay,
          orgId,
        ]);
      }
      const after = await this.settingsIn(em, orgId, subscription.period_ends_at, anchorDay ?? subscription.anchor_day);
      await recordAudit(em, actor, {
        orgId,
        action: 'subscription.periods_changed',
        targetType: 'subscription',
        targetId: orgId,
        before: { anchorDay: before.anchorDay, fiscalCalendar: before.calendar },
        after: { anchorDay: after.anchorDay, fiscalCalendar: after.calendar },
      });
      return new BillingPeriodService(em).settings(orgId);
    });
  }

  private async settingsIn(em: EntityManager, orgId: string, from: Date, anchorDay: number) {
    const calendar = await sql<{ boundary: string }>(
      em,
      'select boundary from billing_calendar where org_id = ? and boundary > ? order by boundary',
      [orgId, from],
    );
    return { anchorDay, calendar: calendar.map((row) => new Date(row.boundary).toISOString()) };
  }
}
