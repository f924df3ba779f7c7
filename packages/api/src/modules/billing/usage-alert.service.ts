import type { EntityManager } from '@mikro-orm/postgresql';
import {
  isMeterId,
  METERS,
  planOf,
  USAGE_ALERT_PERCENT_MAX,
  USAGE_ALERTS_PER_ORG_MAX,
  type MeterId,
  type PlanId,
} from '@orgplane/schema';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { Outbox } from '../mail/mail.service.ts';
import { usageAlertEmail } from '../mail/mail.templates.ts';
import { queueWebhookEvent } from '../webhooks/webhook.service.ts';
import type { UsageAlertKind } from './usage-alert.entity.ts';

/** An alert as read. */
export interface UsageAlertRow {
  id: string;
  meter: MeterId | null;
  kind: UsageAlertKind;
  threshold: number;
  notify_email: boolean;
  notify_webhook: boolean;
  throttle: boolean;
  revision: number;
  created_at: Date;
  updated_at: Date;
  last_fired_at: Date | null;
}

/** An alert with what it measures in the current period. */
export interface UsageAlertState extends UsageAlertRow {
  /** What the alert counts so far this period (units of the meter, or credits). */
  value: number;
  /** The threshold in the same unit (a percentage resolved to credits). */
  threshold_value: number;
}

interface UsageAlertFiringRow extends CreationKeyed {
  id: string;
  alert_id: string;
  meter: MeterId | null;
  kind: UsageAlertKind;
  period_starts_at: Date;
  value: string;
  threshold_value: string;
  created_at: Date;
}

/** What a caller sets on an alert. */
export interface UsageAlertInput {
  meter: string | null;
  kind: UsageAlertKind;
  threshold: number;
  notifyEmail: boolean;
  notifyWebhook: boolean;
  throttle: boolean;
}

/** Where alert emails go and how they link back. */
export interface AlertMail {
  readonly outbox: Outbox;
  readonly publicUrl: string;
}

const COLUMNS = `a.id, a.meter, a.kind, a.threshold::float8 as threshold, a.notify_email, a.notify_webhook, a.throttle, a.revision,
       a.created_at, a.updated_at,
       (select max(f.created_at) from usage_alert_firing f where f.org_id = a.org_id and f.alert_id = a.id) as last_fired_at`;

/** One meter's usage of the current period: its quantity and credits. */
type PeriodUsage = Map<MeterId, { quantity: number; credits: number }>;

/** What the alert measures and where its threshold lies, in the same unit. */
function measure(
  alert: Pick<UsageAlertRow, 'meter' | 'kind' | 'threshold'>,
  usage: PeriodUsage,
  includedCredits: number,
): { value: number; thresholdValue: number } {
  const credits = alert.meter
    ? (usage.get(alert.meter)?.credits ?? 0)
    : [...usage.values()].reduce((sum, meter) => sum + meter.credits, 0);
  if (alert.kind === 'quantity')
    return { value: usage.get(alert.meter!)?.quantity ?? 0, thresholdValue: alert.threshold };
  if (alert.kind === 'credits') return { value: credits, thresholdValue: alert.threshold };
  return { value: credits, thresholdValue: Math.max(1, Math.ceil((alert.threshold * includedCredits) / 100)) };
}

/** The organization's usage per meter since the current period started (whole hours, as `usageTotals`). */
async function periodUsage(em: EntityManager, orgId: string): Promise<{ startsAt: Date; usage: PeriodUsage }> {
  const rows = await sql<{ starts_at: Date; meter: MeterId | null; quantity: string | null; credits: string | null }>(
    em,
    `select s.period_starts_at as starts_at, r.meter, r.quantity::text, r.credits::text
       from subscription s
       left join lateral (
         select meter, sum(quantity) as quantity, sum(credits) as credits from usage_rollup
          where org_id = s.org_id and scope = 'org' and scope_id = s.org_id
            and hour >= date_trunc('hour', s.period_starts_at, 'UTC')
          group by meter
       ) r on true
      where s.org_id = ?`,
    [orgId],
  );
  const usage: PeriodUsage = new Map();
  for (const row of rows)
    if (row.meter) usage.set(row.meter, { quantity: Number(row.quantity), credits: Number(row.credits) });
  return { startsAt: rows[0]!.starts_at, usage };
}

/** The alerts of an organization, their current-period values attached. */
async function withState(
  em: EntityManager,
  orgId: string,
  plan: PlanId,
  rows: UsageAlertRow[],
): Promise<UsageAlertState[]> {
  if (rows.length === 0) return [];
  const { usage } = await periodUsage(em, orgId);
  const included = planOf(plan).includedCredits;
  return rows.map((row) => {
    const { value, thresholdValue } = measure(row, usage, included);
    return { ...row, value, threshold_value: thresholdValue };
  });
}

/**
 * The alerts `recordUsage` must honour, locked for the rest of its transaction: recordings in an
 * organization with alerts take turns, so each one measures the period with every earlier one
 * counted, the crossing is seen by the recording that makes it, and a throttle holds exactly.
 * Refuses with USAGE_THROTTLED when a throttling alert on a meter of the batch (or on all usage)
 * is crossed already, unless every event of the batch was recorded before: a retry still
 * answers the events recorded then.
 */
export async function guardUsage(
  em: EntityManager,
  orgId: string,
  plan: PlanId,
  batch: ReadonlyArray<{ meter: string; idempotencyKey: string }>,
): Promise<UsageAlertRow[]> {
  const alerts = await sql<UsageAlertRow>(
    em,
    `select ${COLUMNS} from usage_alert a where a.org_id = ? order by a.id for no key update of a`,
    [orgId],
  );
  const meters = new Set(batch.map((event) => event.meter));
  const throttles = alerts.filter((alert) => alert.throttle && (alert.meter === null || meters.has(alert.meter)));
  if (throttles.length === 0) return alerts;
  const { usage } = await periodUsage(em, orgId);
  const included = planOf(plan).includedCredits;
  const crossed = throttles.find((alert) => {
    const { value, thresholdValue } = measure(alert, usage, included);
    return value >= thresholdValue;
  });
  if (!crossed) return alerts;
  const keys = [...new Set(batch.map((event) => event.idempotencyKey))];
  const [known] = await sql<{ n: number }>(
    em,
    'select count(*)::int as n from usage_event where org_id = ? and idempotency_key = any(?)',
    [orgId, keys],
  );
  if (known!.n < keys.length) {
    throw new DomainError('USAGE_THROTTLED', {
      message: `Usage of ${crossed.meter ? METERS[crossed.meter].label : 'every meter'} is paused: a usage alert that throttles was crossed this period. Raise its threshold or wait for the next period.`,
      extensions: { alertId: crossed.id, meter: crossed.meter },
    });
  }
  return alerts;
}

/**
 * After a recording, or when an alert is saved: fires every alert that is crossed, once per alert
 * revision and period (a unique firing row decides), mailing the owners, admins and billing
 * address when the alert says so, and auditing it.
 */
export async function fireCrossedAlerts(
  em: EntityManager,
  orgId: string,
  plan: PlanId,
  alerts: readonly UsageAlertRow[],
  mail: AlertMail,
): Promise<void> {
  if (alerts.length === 0) return;
  const { startsAt, usage } = await periodUsage(em, orgId);
  const included = planOf(plan).includedCredits;
  for (const alert of alerts) {
    const { value, thresholdValue } = measure(alert, usage, included);
    if (value < thresholdValue) continue;
    const [fired] = await sql<{ id: string }>(
      em,
      `insert into usage_alert_firing (org_id, alert_id, revision, meter, kind, period_starts_at, value, threshold_value)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (org_id, alert_id, revision, period_starts_at) do nothing
       returning id`,
      [orgId, alert.id, alert.revision, alert.meter, alert.kind, startsAt, value, thresholdValue],
    );
    if (!fired) continue;
    await recordAudit(em, alertActor(), {
      orgId,
      action: 'usage.alert_triggered',
      targetType: 'usage_alert',
      targetId: alert.id,
      before: null,
      after: { meter: alert.meter, kind: alert.kind, threshold: alert.threshold, value, thresholdValue },
    });
    if (alert.notify_webhook) {
      await queueWebhookEvent(em, orgId, 'usage.alert.triggered', {
        alertId: alert.id,
        triggerId: fired.id,
        meter: alert.meter,
        kind: alert.kind,
        threshold: alert.threshold,
        value,
        thresholdValue,
        throttle: alert.throttle,
        periodStart: startsAt.toISOString(),
      });
    }
    if (alert.notify_email) await mailAlert(em, orgId, alert, { value, thresholdValue }, mail);
  }
}

function alertActor(): AuditActor {
  return { userId: null, label: 'usage alert', ip: 'system', userAgent: null, requestId: crypto.randomUUID() };
}

/** An amount of what the alert counts, in words: "1,200 runs", "$12.34" of tool spend, "300 credits". */
function describeAmount(alert: Pick<UsageAlertRow, 'meter' | 'kind'>, amount: number): string {
  const number = amount.toLocaleString('en-US');
  if (alert.kind !== 'quantity') return `${number} ${amount === 1 ? 'credit' : 'credits'}`;
  const meter = METERS[alert.meter!];
  if (meter.unit === 'cent') return `$${(amount / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
  return `${number} ${meter.unit}${amount === 1 ? '' : 's'}`;
}

async function mailAlert(
  em: EntityManager,
  orgId: string,
  alert: UsageAlertRow,
  crossing: { value: number; thresholdValue: number },
  mail: AlertMail,
): Promise<void> {
  const recipients = await sql<{ email: string; org_name: string }>(
    em,
    `select distinct r.email, o.name as org_name from organization o
       cross join lateral (
         select u.email from membership m join app_user u on u.id = m.user_id
          where m.org_id = o.id and m.status = 'active' and m.role in ('owner', 'admin')
         union
         select o.billing_email where o.billing_email is not null
       ) r
      where o.id = ?`,
    [orgId],
  );
  const watched = alert.meter ? METERS[alert.meter].label : 'All usage';
  const email = usageAlertEmail({
    organizationName: recipients[0]?.org_name ?? 'Your organization',
    watched,
    value: describeAmount(alert, crossing.value),
    threshold:
      alert.kind === 'percent'
        ? `${describeAmount(alert, crossing.thresholdValue)} (${alert.threshold}% of the credits the plan includes)`
        : describeAmount(alert, crossing.thresholdValue),
    throttled: alert.throttle,
    url: `${mail.publicUrl}/usage/alerts`,
  });
  for (const { email: to } of recipients) mail.outbox.queue(em, to, email);
}

/** The organization's usage alerts: thresholds that mail once per period and may throttle recording. */
export class UsageAlertService {
  constructor(private readonly em: EntityManager) {}

  /** Every alert of the organization, oldest first, with its value this period. */
  async list(orgId: string, plan: PlanId): Promise<UsageAlertState[]> {
    const rows = await sql<UsageAlertRow>(
      this.em,
      `select ${COLUMNS} from usage_alert a where a.org_id = ? order by a.created_at, a.id`,
      [orgId],
    );
    return withState(this.em, orgId, plan, rows);
  }

  /**
   * Adds an alert (at most 25 per organization, counted under the org row's lock). One already
   * crossed fires now.
   */
  async create(
    orgId: string,
    actor: AuditActor,
    plan: PlanId,
    input: UsageAlertInput,
    mail: AlertMail,
  ): Promise<UsageAlertState> {
    const meter = validInput(input);
    return this.em.transactional(async (em) => {
      await sql(em, 'select 1 from organization where id = ? for no key update', [orgId]);
      const [count] = await sql<{ n: number }>(em, 'select count(*)::int as n from usage_alert where org_id = ?', [
        orgId,
      ]);
      if (count!.n >= USAGE_ALERTS_PER_ORG_MAX) {
        throw new DomainError('USAGE_ALERT_LIMIT_REACHED', { extensions: { limit: USAGE_ALERTS_PER_ORG_MAX } });
      }
      const [created] = await sql<{ id: string }>(
        em,
        `insert into usage_alert (org_id, meter, kind, threshold, notify_email, notify_webhook, throttle)
         values (?, ?, ?, ?, ?, ?, ?) returning id`,
        [orgId, meter, input.kind, input.threshold, input.notifyEmail, input.notifyWebhook, input.throttle],
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'usage.alert_created',
        targetType: 'usage_alert',
        targetId: created!.id,
        before: null,
        after: snapshot({ ...input, meter }),
      });
      return this.saved(em, orgId, plan, created!.id, mail);
    });
  }

  /**
   * Changes an alert; a changed meter, kind or threshold is a new revision, which may fire again
   * this period (now, if it is crossed already).
   */
  async update(
    orgId: string,
    actor: AuditActor,
    plan: PlanId,
    id: string,
    input: UsageAlertInput,
    mail: AlertMail,
  ): Promise<UsageAlertState> {
    const meter = validInput(input);
    return this.em.transactional(async (em) => {
      const [before] = await sql<UsageAlertRow>(
        em,
        // The org row first (key share, as the audit insert's foreign key check takes it), then the
        // alert: the order account deletion locks them in (the org, then its rows by cascade).
        `select ${COLUMNS} from organization o join usage_alert a on a.org_id = o.id
          where o.id = ? and a.id = ? for key share of o for update of a`,
        [orgId, id],
      );
      if (!before) throw new DomainError('NOT_FOUND');
      await sql(
        em,
        `update usage_alert set meter = ?, kind = ?, threshold = ?, notify_email = ?, notify_webhook = ?, throttle = ?,
                revision = revision + case when meter is not distinct from ? and kind = ? and threshold = ? then 0 else 1 end,
                updated_at = now()
          where org_id = ? and id = ?`,
        [
          meter,
          input.kind,
          input.threshold,
          input.notifyEmail,
          input.notifyWebhook,
          input.throttle,
          meter,
          input.kind,
          input.threshold,
          orgId,
          id,
        ],
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'usage.alert_updated',
        targetType: 'usage_alert',
        targetId: id,
        before: snapshot({
          meter: before.meter,
          kind: before.kind,
          threshold: before.threshold,
          notifyEmail: before.notify_email,
          notifyWebhook: before.notify_webhook,
          throttle: before.throttle,
        }),
        after: snapshot({ ...input, meter }),
      });
      return this.saved(em, orgId, plan, id, mail);
    });
  }

  /** Deletes an alert and its history. */
  async delete(orgId: string, actor: AuditActor, id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      await sql(em, 'select 1 from organization where id = ? for key share', [orgId]);
      const [deleted] = await sql<
        Pick<UsageAlertRow, 'meter' | 'kind' | 'threshold' | 'notify_email' | 'notify_webhook' | 'throttle'>
      >(
        em,
        `delete from usage_alert where org_id = ? and id = ?
         returning meter, kind, threshold::float8 as threshold, notify_email, notify_webhook, throttle`,
        [orgId, id],
      );
      if (!deleted) throw new DomainError('NOT_FOUND');
      await recordAudit(em, actor, {
        orgId,
        action: 'usage.alert_deleted',
        targetType: 'usage_alert',
        targetId: id,
        before: snapshot({
          meter: deleted.meter,
          kind: deleted.kind,
          threshold: deleted.threshold,
          notifyEmail: deleted.notify_email,
          notifyWebhook: deleted.notify_webhook,
          throttle: deleted.throttle,
        }),
        after: null,
      });
      return id;
    });
  }

  /** When alerts fired, newest first: all of the organization's, or one alert's. */
  history(orgId: string, alertId: string | null, page: { first: number; after?: string | null }) {
    return pageByCreation<UsageAlertFiringRow, UsageAlertFiringRow>(
      this.em,
      {
        select: `select f.id, f.id as key, f.alert_id, f.meter, f.kind, f.period_starts_at, f.value::text,
                        f.threshold_value::text, f.created_at, f.created_at::text as created_key
                   from usage_alert_firing f`,
        where: 'f.org_id = ? and (?::uuid is null or f.alert_id = ?::uuid)',
        params: [orgId, alertId, alertId],
        alias: 'f',
        direction: 'desc',
      },
      page,
      (row) => row,
    );
  }

  /** The alert as saved, fired first if it is crossed already. */
  private async saved(
    em: EntityManager,
    orgId: string,
    plan: PlanId,
    id: string,
    mail: AlertMail,
  ): Promise<UsageAlertState> {
    const read = () =>
      sql<UsageAlertRow>(em, `select ${COLUMNS} from usage_alert a where a.org_id = ? and a.id = ?`, [orgId, id]);
    await fireCrossedAlerts(em, orgId, plan, await read(), mail);
    const [state] = await withState(em, orgId, plan, await read());
    return state!;
  }
}

/** The input checked: VALIDATION_FAILED with its paths, else the meter (null: all meters). */
function validInput(input: UsageAlertInput): MeterId | null {
  const problems: Array<{ path: string; message: string }> = [];
  const meter = input.meter ?? null;
  if (meter !== null && !isMeterId(meter)) problems.push({ path: 'input.meter', message: `${meter} is not a meter` });
  if (input.kind === 'quantity' && meter === null)
    problems.push({ path: 'input.meter', message: 'is needed to count a quantity' });
  if (!Number.isSafeInteger(input.threshold) || input.threshold < 1)
    problems.push({ path: 'input.threshold', message: 'must be a whole number above zero' });
  else if (input.kind === 'percent' && input.threshold > USAGE_ALERT_PERCENT_MAX)
    problems.push({ path: 'input.threshold', message: `must be at most ${USAGE_ALERT_PERCENT_MAX} (percent)` });
  if (problems.length) throw new ValidationFailedError(problems);
  return meter as MeterId | null;
}

function snapshot(alert: Omit<UsageAlertInput, 'meter'> & { meter: MeterId | null }) {
  return {
    meter: alert.meter,
    kind: alert.kind,
    threshold: alert.threshold,
    notifyEmail: alert.notifyEmail,
    notifyWebhook: alert.notifyWebhook,
    throttle: alert.throttle,
  };
}
