import type { MeterId } from '@orgplane/schema';
import { ValidationFailedError } from '../../domain-error.ts';
import type { ExportKind } from './export-kinds.ts';

/** The longest range a usage export covers. */
const MAX_RANGE_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What a usage export is asked for. */
export interface UsageExportInput {
  readonly from: Date;
  readonly to: Date;
  readonly meter?: MeterId | null;
}

/** As stored with the link: the range as ISO 8601 text, so it reads back exactly. */
type UsageExportParams = { from: string; to: string; meter: MeterId | null };

function usageParams(input: UsageExportInput): UsageExportParams {
  const { from, to } = input;
  if (Number.isNaN(from.getTime())) throw new ValidationFailedError([{ path: 'input.from', message: 'is not a time' }]);
  if (Number.isNaN(to.getTime())) throw new ValidationFailedError([{ path: 'input.to', message: 'is not a time' }]);
  if (to.getTime() <= from.getTime())
    throw new ValidationFailedError([{ path: 'input.to', message: 'must be after input.from' }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw new ValidationFailedError([
      { path: 'input.to', message: `must be at most ${MAX_RANGE_DAYS} days after input.from` },
    ]);
  }
  return { from: from.toISOString(), to: to.toISOString(), meter: input.meter ?? null };
}

/** `2026-12-01-2026-12-31` for December (the end is exclusive: the last day named is the one holding its last instant). */
function rangeSuffix(params: UsageExportParams): string {
  const first = params.from.slice(0, 10);
  const last = new Date(new Date(params.to).getTime() - 1).toISOString().slice(0, 10);
  return `${params.meter ? `${params.meter}-` : ''}${first}-${last}`;
}

/** Microsecond ISO 8601 in UTC, as PostgreSQL stores it (a JavaScript Date would keep milliseconds). */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Raw usage events whose `occurred_at` is in the range, in order of occurrence. */
export const USAGE_EVENTS_EXPORT: ExportKind<UsageExportInput, UsageExportParams> = {
  ability: 'usage.export',
  fileStem: 'usage-events',
  columns: [
    { name: 'id', type: 'keyword' },
    { name: 'occurredAt', type: 'keyword' },
    { name: 'recordedAt', type: 'keyword' },
    { name: 'meter', type: 'keyword' },
    { name: 'quantity', type: 'integer' },
    { name: 'credits', type: 'integer' },
    { name: 'memberId', type: 'keyword' },
    { name: 'workspaceId', type: 'keyword' },
    { name: 'model', type: 'text' },
    { name: 'source', type: 'text' },
    { name: 'idempotencyKey', type: 'text' },
  ],
  params: usageParams,
  fileSuffix: rangeSuffix,
  statement(orgId, params) {
    const values: unknown[] = [orgId, params.from, params.to];
    if (params.meter) values.push(params.meter);
    return {
      text: `select e.id, ${iso('e.occurred_at')} as "occurredAt", ${iso('e.created_at')} as "recordedAt", e.meter,
                    e.quantity::text as quantity, e.credits::text as credits, e.membership_id as "memberId",
                    e.workspace_id as "workspaceId", e.model, e.source, e.idempotency_key as "idempotencyKey"
               from usage_event e
              where e.org_id = $1 and e.occurred_at >= $2::timestamptz and e.occurred_at < $3::timestamptz
                    ${params.meter ? 'and e.meter = $4' : ''}
              order by e.occurred_at, e.id`,
      values,
    };
  },
};

/**
 * Usage per day (UTC) and meter, from the org-wide hourly rollups: the hours that start in the
 * range (whole hours, as `usageTotals` counts them), summed over model labels.
 */
export const USAGE_TOTALS_EXPORT: ExportKind<UsageExportInput, UsageExportParams> = {
  ability: 'usage.export',
  fileStem: 'usage-totals',
  columns: [
    { name: 'day', type: 'keyword' },
    { name: 'meter', type: 'keyword' },
    { name: 'quantity', type: 'integer' },
    { name: 'credits', type: 'integer' },
    { name: 'events', type: 'integer' },
  ],
  params: usageParams,
  fileSuffix: rangeSuffix,
  statement(orgId, params) {
    const values: unknown[] = [orgId, params.from, params.to];
    if (params.meter) values.push(params.meter);
    return {
      text: `select to_char(r.hour at time zone 'UTC', 'YYYY-MM-DD') as day, r.meter,
                    sum(r.quantity)::text as quantity, sum(r.credits)::text as credits, sum(r.events)::text as events
               from usage_rollup r
              where r.org_id = $1 and r.scope = 'org' and r.scope_id = $1
                    and r.hour >= date_trunc('hour', $2::timestamptz, 'UTC') and r.hour < $3::timestamptz
                    ${params.meter ? 'and r.meter = $4' : ''}
              group by 1, 2
              order by 1, 2`,
      values,
    };
  },
};

/**
 * Usage per billing period and meter: the periods that start in the range, with what was billed
 * in each (events recorded while it was open, late arrivals included; see `invoice.service.ts`).
 */
export const USAGE_PERIOD_TOTALS_EXPORT: ExportKind<UsageExportInput, UsageExportParams> = {
  ability: 'usage.export',
  fileStem: 'usage-period-totals',
  columns: [
    { name: 'periodNumber', type: 'integer' },
    { name: 'periodStart', type: 'keyword' },
    { name: 'periodEnd', type: 'keyword' },
    { name: 'periodKind', type: 'keyword' },
    { name: 'meter', type: 'keyword' },
    { name: 'quantity', type: 'integer' },
    { name: 'credits', type: 'integer' },
    { name: 'events', type: 'integer' },
  ],
  params: usageParams,
  fileSuffix: rangeSuffix,
  statement(orgId, params) {
    const values: unknown[] = [orgId, params.from, params.to];
    if (params.meter) values.push(params.meter);
    return {
      text: `select p.number::text as "periodNumber", ${iso('p.starts_at')} as "periodStart", ${iso('p.ends_at')} as "periodEnd",
                    p.kind as "periodKind", e.meter, sum(e.quantity)::text as quantity, sum(e.credits)::text as credits,
                    count(*)::text as events
               from billing_period p
               join usage_event e on e.org_id = p.org_id and e.period_starts_at = p.starts_at
              where p.org_id = $1 and p.starts_at >= $2::timestamptz and p.starts_at < $3::timestamptz
                    ${params.meter ? 'and e.meter = $4' : ''}
              group by p.number, p.starts_at, p.ends_at, p.kind, e.meter
              order by p.number, e.meter`,
      values,
    };
  },
};
