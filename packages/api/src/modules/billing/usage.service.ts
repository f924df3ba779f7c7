import type { EntityManager } from '@mikro-orm/postgresql';
import {
  creditsFor,
  isMeterId,
  METER_IDS,
  USAGE_EVENTS_PER_REQUEST_MAX,
  type ErrorCode,
  type FieldError,
  type MeterId,
} from '@orgplane/schema';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { ValidationFailedError } from '../../domain-error.ts';
import { requireEntitlement } from './subscription.service.ts';
import { fireCrossedAlerts, guardUsage, type AlertMail } from './usage-alert.service.ts';
import { USAGE_CHANNEL } from './usage-feed.ts';
import type { UsageScope } from './usage-rollup.entity.ts';

/** How far ahead of the server's clock an event may say it occurred (clock skew). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
/** How far back an event may say it occurred. */
const PAST_LIMIT_MS = 366 * 24 * 60 * 60 * 1000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const CONTROL_CHARACTER = /\p{Cc}/u;

/** One event as a caller sends it. */
export interface UsageEventInput {
  meter: string;
  quantity: number;
  membershipId?: string | null;
  workspaceId?: string | null;
  model?: string | null;
  occurredAt?: Date | null;
  source: string;
  idempotencyKey: string;
}

/** Who records: a person or an API key. */
export interface UsageRecorder {
  userId: string | null;
  apiKeyId: string | null;
}

export interface UsageEventRow extends CreationKeyed {
  id: string;
  meter: MeterId;
  quantity: string;
  credits: string;
  membership_id: string | null;
  workspace_id: string | null;
  model: string | null;
  occurred_at: Date;
  source: string;
  idempotency_key: string;
  created_at: Date;
}

/** One event's outcome: recorded now, recorded before (the same idempotency key), or refused. */
export type UsageOutcome =
  | { index: number; idempotencyKey: string; event: UsageEventRow; duplicate: boolean; error: null }
  | {
      index: number;
      idempotencyKey: string;
      event: null;
      duplicate: false;
      error: { code: ErrorCode; message: string; fields: readonly FieldError[] };
    };

const SELECT = `select e.id, e.id as key, e.meter, e.quantity::text, e.credits::text, e.membership_id, e.workspace_id,
       e.model, e.occurred_at, e.source, e.idempotency_key, e.created_at, e.created_at::text as created_key
  from usage_event e`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Usage metering: events priced by the plan's price book, each stored once per idempotency key,
 * and charged to the member they are attributed to within the member's credit limit.
 */
export class UsageService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Records a batch: each event is checked on its own and refused with its field paths
   * (`events.<index>.<field>`) or a code, and the valid ones are recorded. An idempotency key
   * already recorded answers the event recorded then (`duplicate`), also when the retries arrive
   * at the same moment: the unique key makes the later inserts wait for the first and then find
   * it. A member's credits are charged in one conditional upsert, so concurrent events cannot
   * pass the limit together (one event may overshoot, the next is refused). With usage alerts, a
   * crossed throttle refuses the batch (USAGE_THROTTLED), and the alerts the batch crosses fire.
   */
  async record(
    orgId: string,
    recorder: UsageRecorder,
    events: readonly UsageEventInput[],
    mail: AlertMail,
  ): Promise<UsageOutcome[]> {
    if (events.length === 0 || events.length > USAGE_EVENTS_PER_REQUEST_MAX) {
      throw new ValidationFailedError([
        { path: 'input.events', message: `must hold 1 to ${USAGE_EVENTS_PER_REQUEST_MAX} events` },
      ]);
    }
    return this.em.transactional(async (em) => {
      const plan = await requireEntitlement(em, orgId, { requireUsable: true });
      const alerts = await guardUsage(em, orgId, plan, events);
      const known = await this.knownIds(em, orgId, events);
      const outcomes: UsageOutcome[] = [];
      const rollups = new RollupBatch();
      for (const [index, input] of events.entries()) {
        const problems = this.problems(input, index, known);
        if (problems.length) {
          outcomes.push(refusal(index, input.idempotencyKey, 'VALIDATION_FAILED', problems));
          continue;
        }
        const meter = input.meter as MeterId;
        const credits = creditsFor(plan, meter, input.quantity);
        const [inserted] = await sql<UsageEventRow>(
          em,
          `insert into usage_event (org_id, meter, quantity, credits, membership_id, workspace_id, model, occurred_at,
                                    source, idempotency_key, recorded_by_user_id, recorded_by_api_key_id, period_starts_at)
           values (?, ?, ?, ?, ?, ?, ?, coalesce(?::timestamptz, now()), ?, ?, ?, ?,
                   (select period_starts_at from subscription where org_id = ?))
           on conflict (org_id, idempotency_key) do nothing
           returning id, id as key, meter, quantity::text, credits::text, membership_id, workspace_id, model,
                     occurred_at, source, idempotency_key, created_at, created_at::text as created_key`,
          [
            orgId,
            meter,
            input.quantity,
            credits,
            input.membershipId ?? null,
            input.workspaceId ?? null,
            input.model?.trim() ?? null,
            input.occurredAt ?? null,
            input.source.trim(),
            input.idempotencyKey,
            recorder.userId,
            recorder.apiKeyId,
            orgId,
          ],
        );
        if (!inserted) {
          const [original] = await sql<UsageEventRow>(em, `${SELECT} where e.org_id = ? and e.idempotency_key = ?`, [
            orgId,
            input.idempotencyKey,
          ]);
          outcomes.push({
            index,
            idempotencyKey: input.idempotencyKey,
            event: original!,
            duplicate: true,
            error: null,
          });
          continue;
        }
        if (input.membershipId && !(await this.charge(em, orgId, input.membershipId, credits))) {
          await sql(em, 'delete from usage_event where org_id = ? and id = ?', [orgId, inserted.id]);
          outcomes.push(
            refusal(index, input.idempotencyKey, 'CREDIT_LIMIT_REACHED', [
              { path: `events.${index}.membershipId`, message: 'has used up their credit limit' },
            ]),
          );
          continue;
        }
        const usage = {
          meter,
          hour: new Date(truncate(inserted.occurred_at, 'hour')),
          model: inserted.model ?? '',
          quantity: input.quantity,
          credits,
        };
        rollups.add('org', orgId, usage);
        if (input.membershipId) rollups.add('member', input.membershipId, usage);
        if (input.workspaceId) rollups.add('workspace', input.workspaceId, usage);
        outcomes.push({ index, idempotencyKey: input.idempotencyKey, event: inserted, duplicate: false, error: null });
      }
      await rollups.write(em, orgId);
      if (outcomes.some((outcome) => outcome.event && !outcome.duplicate)) {
        await fireCrossedAlerts(em, orgId, plan, alerts, mail);
        // Live subscribers of every process hear of it once this transaction commits.
        await sql(em, 'select pg_notify(?, ?)', [USAGE_CHANNEL, orgId]);
      }
      return outcomes;
    });
  }

  /** The org's events, newest first, optionally of one member. */
  list(orgId: string, filter: { membershipId?: string | null }, page: { first: number; after?: string | null }) {
    return pageByCreation<UsageEventRow, UsageEventRow>(
      this.em,
      {
        select: SELECT,
        where: 'e.org_id = ? and (?::uuid is null or e.membership_id = ?::uuid)',
        params: [orgId, filter.membershipId ?? null, filter.membershipId ?? null],
        alias: 'e',
        direction: 'desc',
      },
      page,
      (row) => row,
    );
  }

  /** Totals per meter (every meter, zero when unused) over `[from, to)` in whole hours: the hour holding `from` counts. */
  async totals(orgId: string, range: UsageRange): Promise<UsageTotalRow[]> {
    const rows = await sql<{ meter: MeterId; quantity: string; credits: string; events: string }>(
      this.em,
      `select meter, sum(quantity)::text as quantity, sum(credits)::text as credits, sum(events)::text as events
         from usage_rollup where org_id = ? and scope = 'org' and scope_id = ? and hour >= date_trunc('hour', ?::timestamptz, 'UTC') and hour < ?
        group by meter`,
      [orgId, orgId, range.from, range.to],
    );
    return METER_IDS.map((meter) => {
      const row = rows.find((candidate) => candidate.meter === meter);
      return {
        meter,
        quantity: Number(row?.quantity ?? 0),
        credits: Number(row?.credits ?? 0),
        events: Number(row?.events ?? 0),
      };
    });
  }

  /**
   * One meter over time in hour or day buckets (UTC), for the org, a member or a workspace; every
   * bucket of the range is present, zero when unused.
   */
  async series(
    orgId: string,
    query: { meter: MeterId; bucket: UsageBucket; range: UsageRange; scope: UsageScope; scopeId: string },
  ): Promise<UsagePointRow[]> {
    const rows = await sql<{ bucket_at: Date; quantity: string; credits: string; events: string }>(
      this.em,
      `select date_trunc(?, hour, 'UTC') as bucket_at, sum(quantity)::text as quantity, sum(credits)::text as credits,
              sum(events)::text as events
         from usage_rollup
        where org_id = ? and scope = ? and scope_id = ? and meter = ? and hour >= date_trunc(?, ?::timestamptz, 'UTC') and hour < ?
        group by 1`,
      [query.bucket, orgId, query.scope, query.scopeId, query.meter, query.bucket, query.range.from, query.range.to],
    );
    const byStart = new Map(rows.map((row) => [row.bucket_at.getTime(), row]));
    const step = BUCKET_MS[query.bucket];
    const points: UsagePointRow[] = [];
    for (let start = truncate(query.range.from, query.bucket); start < query.range.to.getTime(); start += step) {
      const row = byStart.get(start);
      points.push({
        start: new Date(start),
        quantity: Number(row?.quantity ?? 0),
        credits: Number(row?.credits ?? 0),
        events: Number(row?.events ?? 0),
      });
    }
    return points;
  }

  /**
   * The members, workspaces or model labels that used the most over `[from, to)`: by quantity of
   * one meter, or by credits. Usage that names none of them is left out.
   */
  async breakdown(
    orgId: string,
    query: { by: UsageDimension; meter: MeterId | null; range: UsageRange; first: number },
  ): Promise<UsageBreakdownRow[]> {
    const sums = 'sum(r.quantity)::text as quantity, sum(r.credits)::text as credits, sum(r.events)::text as events';
    const within = `r.hour >= date_trunc('hour', ?::timestamptz, 'UTC') and r.hour < ? and (?::text is null or r.meter = ?)`;
    const rank = `${query.meter ? 'sum(r.quantity)' : 'sum(r.credits)'} desc`;
    const bounds = [query.range.from, query.range.to, query.meter, query.meter];
    const rows = await sql<{ id: string; name: string | null; quantity: string; credits: string; events: string }>(
      this.em,
      query.by === 'model'
        ? `select r.model as id, r.model as name, ${sums}
             from usage_rollup r
            where r.org_id = ? and r.scope = 'org' and r.scope_id = ? and r.model <> '' and ${within}
            group by r.model
            order by ${rank}, r.model
            limit ?`
        : `select r.scope_id as id, coalesce(u.display_name, w.name) as name, ${sums}
             from usage_rollup r
             left join membership m on r.scope = 'member' and m.org_id = r.org_id and m.id = r.scope_id
             left join app_user u on u.id = m.user_id
             left join workspace w on r.scope = 'workspace' and w.org_id = r.org_id and w.id = r.scope_id
            where r.org_id = ? and r.scope = ? and ${within}
            group by r.scope_id, u.display_name, w.name
            order by ${rank}, r.scope_id
            limit ?`,
      [orgId, query.by === 'model' ? orgId : query.by, ...bounds, query.first],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      quantity: Number(row.quantity),
      credits: Number(row.credits),
      events: Number(row.events),
    }));
  }

  /**
   * Adds `credits` to the member's used credits unless they were at or over their limit already
   * (-1 is unlimited; a member without a credit row has no limit yet). False when refused.
   */
  private async charge(em: EntityManager, orgId: string, membershipId: string, credits: number): Promise<boolean> {
    const charged = await sql(
      em,
      `insert into member_credit (org_id, membership_id, used_credits) values (?, ?, ?)
       on conflict (org_id, membership_id) do update set used_credits = member_credit.used_credits + excluded.used_credits,
                                                        updated_at = now()
        where member_credit.credit_limit = -1 or member_credit.used_credits < member_credit.credit_limit
       returning used_credits`,
      [orgId, membershipId, credits],
    );
    return charged.length === 1;
  }

  /** Which of the batch's member and workspace ids are this org's: active members, any workspace. */
  private async knownIds(
    em: EntityManager,
    orgId: string,
    events: readonly UsageEventInput[],
  ): Promise<{ members: Set<string>; workspaces: Set<string> }> {
    const members = [...new Set(events.map((event) => event.membershipId).filter(isUuid))];
    const workspaces = [...new Set(events.map((event) => event.workspaceId).filter(isUuid))];
    if (members.length === 0 && workspaces.length === 0) return { members: new Set(), workspaces: new Set() };
    const rows = await sql<{ kind: 'member' | 'workspace'; id: string }>(
      em,
      `select 'member' as kind, id from membership where org_id = ? and status = 'active' and id = any(?::uuid[])
       union all
       select 'workspace' as kind, id from workspace where org_id = ? and id = any(?::uuid[])`,
      [orgId, members, orgId, workspaces],
    );
    return {
      members: new Set(rows.filter((row) => row.kind === 'member').map((row) => row.id)),
      workspaces: new Set(rows.filter((row) => row.kind === 'workspace').map((row) => row.id)),
    };
  }

  private problems(
    input: UsageEventInput,
    index: number,
    known: { members: Set<string>; workspaces: Set<string> },
  ): FieldError[] {
    const at = (field: string) => `events.${index}.${field}`;
    const problems: FieldError[] = [];
    if (!isMeterId(input.meter)) problems.push({ path: at('meter'), message: `${input.meter} is not a meter` });
    if (!Number.isSafeInteger(input.quantity) || input.quantity <= 0)
      problems.push({ path: at('quantity'), message: 'must be a whole number above zero' });
    if (input.membershipId && !known.members.has(input.membershipId))
      problems.push({ path: at('membershipId'), message: 'is not an active member of this organization' });
    if (input.workspaceId && !known.workspaces.has(input.workspaceId))
      problems.push({ path: at('workspaceId'), message: 'is not a workspace of this organization' });
    const source = input.source.trim();
    if (source.length < 1 || source.length > 100)
      problems.push({ path: at('source'), message: 'must be 1 to 100 characters' });
    if (input.model != null) {
      const model = input.model.trim();
      if (model.length < 1 || model.length > 100 || CONTROL_CHARACTER.test(model))
        problems.push({ path: at('model'), message: 'must be 1 to 100 characters, without control characters' });
    }
    if (!IDEMPOTENCY_KEY.test(input.idempotencyKey))
      problems.push({ path: at('idempotencyKey'), message: 'must be 1 to 255 printable ASCII characters' });
    if (input.occurredAt) {
      const time = input.occurredAt.getTime();
      if (time > Date.now() + FUTURE_TOLERANCE_MS)
        problems.push({ path: at('occurredAt'), message: 'is in the future' });
      else if (time < Date.now() - PAST_LIMIT_MS)
        problems.push({ path: at('occurredAt'), message: 'is more than a year ago' });
    }
    return problems;
  }
}

/** One event's addition to a rollup row. */
interface RollupAddition {
  meter: MeterId;
  hour: Date;
  model: string;
  quantity: number;
  credits: number;
}

/** The batch's additions to the hourly rollups, summed per row and written in one statement. */
class RollupBatch {
  private readonly rows = new Map<string, RollupAddition & { scope: UsageScope; id: string; events: number }>();

  add(scope: UsageScope, id: string, usage: RollupAddition): void {
    const key = JSON.stringify([scope, id, usage.meter, usage.hour.toISOString(), usage.model]);
    const row = this.rows.get(key);
    if (row) {
      row.quantity += usage.quantity;
      row.credits += usage.credits;
      row.events += 1;
    } else this.rows.set(key, { ...usage, scope, id, events: 1 });
  }

  /** One upsert for the whole batch, its rows in key order (concurrent batches lock them alike). */
  async write(em: EntityManager, orgId: string): Promise<void> {
    if (this.rows.size === 0) return;
    const rows = [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
    await sql(
      em,
      `insert into usage_rollup (org_id, scope, scope_id, meter, hour, model, quantity, credits, events)
       select ?, r.scope, r.scope_id, r.meter, r.hour, r.model, r.quantity, r.credits, r.events
         from unnest(?::text[], ?::uuid[], ?::text[], ?::timestamptz[], ?::text[], ?::bigint[], ?::bigint[], ?::int[])
              with ordinality as r (scope, scope_id, meter, hour, model, quantity, credits, events, n)
        order by r.n
       on conflict (org_id, scope, scope_id, meter, hour, model) do update
         set quantity = usage_rollup.quantity + excluded.quantity, credits = usage_rollup.credits + excluded.credits,
             events = usage_rollup.events + excluded.events`,
      [
        orgId,
        rows.map((row) => row.scope),
        rows.map((row) => row.id),
        rows.map((row) => row.meter),
        rows.map((row) => row.hour),
        rows.map((row) => row.model),
        rows.map((row) => row.quantity),
        rows.map((row) => row.credits),
        rows.map((row) => row.events),
      ],
    );
  }
}

/** A time range `[from, to)`. */
export interface UsageRange {
  from: Date;
  to: Date;
}

export type UsageBucket = 'hour' | 'day';

/** What usage is broken down by. */
export type UsageDimension = 'member' | 'workspace' | 'model';

export interface UsageTotalRow {
  meter: MeterId;
  quantity: number;
  credits: number;
  events: number;
}

export interface UsagePointRow {
  start: Date;
  quantity: number;
  credits: number;
  events: number;
}

export interface UsageBreakdownRow {
  id: string;
  name: string | null;
  quantity: number;
  credits: number;
  events: number;
}

const BUCKET_MS: Record<UsageBucket, number> = { hour: 3_600_000, day: 86_400_000 };

/** The most buckets one series may hold. */
const MAX_BUCKETS: Record<UsageBucket, number> = { hour: 24 * 31, day: 366 };

/** The start of the bucket holding `time` (UTC), in milliseconds. */
function truncate(time: Date, bucket: UsageBucket): number {
  return Math.floor(time.getTime() / BUCKET_MS[bucket]) * BUCKET_MS[bucket];
}

/** A range as given, or VALIDATION_FAILED at `from`/`to`; a series range also at most its bucket limit. */
export function requireRange(from: Date, to: Date, bucket?: UsageBucket): UsageRange {
  if (from.getTime() >= to.getTime()) throw new ValidationFailedError([{ path: 'to', message: 'must be after from' }]);
  if (bucket && (to.getTime() - truncate(from, bucket)) / BUCKET_MS[bucket] > MAX_BUCKETS[bucket]) {
    throw new ValidationFailedError([
      { path: 'from', message: `must be at most ${MAX_BUCKETS[bucket]} ${bucket}s before to` },
    ]);
  }
  return { from, to };
}

function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}

function refusal(index: number, idempotencyKey: string, code: ErrorCode, fields: readonly FieldError[]): UsageOutcome {
  const message =
    code === 'CREDIT_LIMIT_REACHED'
      ? 'This member has used up their credit limit.'
      : 'Some of the values of this event are not valid.';
  return { index, idempotencyKey, event: null, duplicate: false, error: { code, message, fields } };
}
