import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { endOpenPeriod } from '../../../test/support/billing.ts';
import { as, codes, signUpUser } from '../../../test/support/identity.ts';
import { addMember } from '../../../test/support/members.ts';
import { createOrm, type MikroORM } from '../../database/orm.ts';
import { InvoiceService } from './invoice.service.ts';
import { SubscriptionService } from './subscription.service.ts';

const API_ROOT = path.resolve(import.meta.dirname, '../../..');

/** `cli billing:close` in a process of its own. */
function closeCommand(databaseUrl: string, ...args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'billing:close', ...args], {
    cwd: API_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
}
const runCloseCommand = (databaseUrl: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'billing:close', ...args], {
    cwd: API_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
  });
const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

const INVOICE = `query($id: ID!) { invoice(id: $id) {
  number periodStart periodEnd trial plan planName billingCycle includedCredits usedCredits
  basePrice { amount currency } proratedBase { amount } usageAmount { amount } total { amount currency }
  lines { line meter quantity credits includedCredits billableCredits unitPrice { amount } amount { amount } lateQuantity lateCredits }
} }`;
const INVOICES = `query($after: String) { invoices(first: 2, after: $after) {
  edges { cursor node { id number total { amount } } } pageInfo { hasNextPage endCursor } } }`;
const SETTINGS = `{ billingPeriodSettings { anchorDay fiscalCalendar upcoming { startsAt endsAt } }
  billingSubscription { currentPeriodStart currentPeriodEnd } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateBillingPeriodSettingsInput!) {
  updateBillingPeriodSettings(input: $input) { settings { anchorDay fiscalCalendar upcoming { startsAt endsAt } } } }`;
const CHANGE_PLAN = `mutation { changeSubscriptionPlan(input: { planId: "team", billingCycle: MONTHLY }) { subscription { status } } }`;
const RECORD = `mutation($input: RecordUsageInput!) { recordUsage(input: $input) { recordedCount refusedCount } }`;

// The close command starts processes of its own (a few seconds each on a busy machine).
describe('billing periods and invoices', { timeout: 120_000 }, () => {
  let api: TestApi;
  let orm: MikroORM;

  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true', JOBS_ENABLED: 'false' });
    orm = await createOrm({ clientUrl: api.databaseUrl, poolMax: 4, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await orm?.close(true);
    await api?.stop();
  });

  const advance = () => SubscriptionService.advance(orm.em.fork());
  const issue = () => InvoiceService.issueDue(orm.em.fork());

  /**
   * An organization (no members: the jobs need none) on Team monthly whose first period runs
   * from `startsAt` to `endsAt`, anchored on `anchorDay`; with `closed`, that many more periods
   * before it, closed, of 10 days each.
   */
  async function fixtureOrg(options: { startsAt: string; endsAt: string; anchorDay: number; closed?: number }) {
    const slug = `fixture-${randomUUID().slice(0, 8)}`;
    // With its owner, in the same statement (an organization always has exactly one).
    const [org] = await api.query<{ id: string }>(
      `with o as (insert into organization (name, slug) values ($1, $1) returning id),
            u as (insert into app_user (email, display_name, password_hash) values ($1 || '@example.com', $1, 'x') returning id),
            m as (insert into membership (org_id, user_id, role) select o.id, u.id, 'owner' from o, u)
       select id from o`,
      [slug],
    );
    const closed = options.closed ?? 0;
    const day = 24 * 60 * 60 * 1000;
    let start = new Date(Date.parse(options.startsAt) - closed * 10 * day);
    for (let number = 1; number <= closed + 1; number += 1) {
      const open = number === closed + 1;
      const end = open ? new Date(options.endsAt) : new Date(start.getTime() + 10 * day);
      await api.query(
        `insert into billing_period (org_id, starts_at, ends_at, follows, number, kind, plan, billing_cycle, nominal_ends_at, closed_at)
         values ($1, $2, $3, $4, $5, 'paid', 'team', 'monthly', $3, $6)`,
        [org!.id, start, end, number === 1 ? null : start, number, open ? null : end],
      );
      start = end;
    }
    await api.query(
      `insert into subscription (org_id, plan, status, billing_cycle, period_months, period_starts_at, period_ends_at, anchor_day)
       values ($1, 'team', 'active', 'monthly', 1, $2, $3, $4)`,
      [org!.id, options.startsAt, options.endsAt, options.anchorDay],
    );
    return org!.id;
  }

  const periods = (orgId: string) =>
    api.query<{ number: number; starts_at: Date; ends_at: Date; kind: string; closed: boolean }>(
      `select number, starts_at, ends_at, kind, closed_at is not null as closed from billing_period
        where org_id = $1 order by number`,
      [orgId],
    );
  const invoices = (orgId: string) =>
    api.query<{ number: number; period_ends_at: Date; prorated_base: string; total: string }>(
      'select number, period_ends_at, prorated_base, total from invoice where org_id = $1 order by number',
      [orgId],
    );

  it('closes monthly periods on anchor day 31 through the job, one invoice each, numbered in order', async () => {
    const orgId = await fixtureOrg({
      startsAt: '2026-01-31T08:00:00.000Z',
      endsAt: '2026-02-28T08:00:00.000Z',
      anchorDay: 31,
    });
    await advance();
    expect(await issue()).toBeGreaterThanOrEqual(10);
    const all = await periods(orgId);
    const ends = all.map((period) => period.ends_at.toISOString().slice(0, 10));
    expect(ends.slice(0, 11)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
    ]);
    for (const [index, period] of all.entries()) {
      if (index > 0) expect(period.starts_at).toEqual(all[index - 1]!.ends_at);
      expect(period.ends_at.toISOString().slice(11)).toBe('08:00:00.000Z');
    }
    // Every closed period has its invoice, in period order; whole periods pay the whole base price.
    const issued = await invoices(orgId);
    const closedPeriods = all.filter((period) => period.closed);
    expect(issued.map((invoice) => invoice.number)).toEqual(closedPeriods.map((_, index) => index + 1));
    expect(issued.map((invoice) => invoice.period_ends_at)).toEqual(closedPeriods.map((period) => period.ends_at));
    expect(new Set(issued.map((invoice) => invoice.prorated_base))).toEqual(new Set(['4900']));
    // A second run issues nothing more.
    expect(await advance()).toBe(0);
    expect(await issue()).toBe(0);
  });

  it('bills usage per meter against a hand-computed invoice, and late events in the open period', async () => {
    const owner = await signUpUser(api);
    const admin = await addMember(api, owner, 'ADMIN');
    const viewer = await addMember(api, owner, 'VIEWER');
    const hook = await api.graphql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      'mutation { createWebhookEndpoint(input: { url: "https://billing.example.com/in", eventTypes: ["invoice.issued", "subscription.updated"] }) { endpoint { id } } }',
      {},
      as(owner, owner.orgId),
    );
    expect(hook.errors).toBeUndefined();
    expect((await api.graphql(CHANGE_PLAN, {}, as(owner, owner.orgId))).errors).toBeUndefined();
    const record = (events: unknown[]) => api.graphql(RECORD, { input: { events } }, as(owner, owner.orgId));
    const event = (meter: string, quantity: number, extra: Record<string, unknown> = {}) => ({
      meter,
      quantity,
      source: 'test',
      idempotencyKey: randomUUID(),
      ...extra,
    });
    // Team: 20,000 credits included, $1.00 per 1,000 beyond. 15,000 workflow runs (15,000
    // credits, all included), 3,000 voice minutes (9,000 credits: 5,000 included, 4,000 billable:
    // $4.00), 2,500,000 RAG tokens (2,500 credits, billable: $2.50).
    await record([event('workflowRuns', 15_000), event('voiceMinutes', 3_000), event('ragTokens', 2_500_000)]);
    await endOpenPeriod(api, owner.orgId);
    await advance();
    const [paidPeriod] = await api.query<{ starts_at: Date; ends_at: Date }>(
      "select starts_at, ends_at from billing_period where org_id = $1 and kind = 'paid' and closed_at is not null",
      [owner.orgId],
    );
    // Recorded now, it happened in the period that just closed: billed in the open one, as late.
    const during = new Date((paidPeriod!.starts_at.getTime() + paidPeriod!.ends_at.getTime()) / 2);
    expect(
      (await record([event('voiceMinutes', 10, { occurredAt: during.toISOString() }), event('workflowRuns', 5)])).data,
    ).toMatchObject({ recordUsage: { recordedCount: 2, refusedCount: 0 } });
    await issue();

    const list = await api.graphql<{
      invoices: { edges: Array<{ node: { id: string; number: number } }>; pageInfo: { hasNextPage: boolean } };
    }>(INVOICES, {}, as(admin, owner.orgId));
    expect(list.errors).toBeUndefined();
    // The trial's invoice (1) and the paid period's (2), newest first.
    expect(list.data!.invoices.edges.map((edge) => edge.node.number)).toEqual([2, 1]);
    const paid = await api.graphql<{ invoice: Record<string, unknown> }>(
      INVOICE,
      { id: list.data!.invoices.edges[0]!.node.id },
      as(owner, owner.orgId),
    );
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.invoice).toMatchObject({
      number: 2,
      trial: false,
      plan: 'team',
      planName: 'Team',
      billingCycle: 'MONTHLY',
      includedCredits: 20_000,
      usedCredits: 26_500,
      basePrice: { amount: 4_900, currency: 'USD' },
      usageAmount: { amount: 650 },
      total: { currency: 'USD' },
    });
    const lines = paid.data!.invoice.lines as Array<Record<string, unknown>>;
    expect(
      lines.map((line) => [line.meter, line.quantity, line.credits, line.includedCredits, line.billableCredits]),
    ).toEqual([
      ['WORKFLOW_RUNS', 15_000, 15_000, 15_000, 0],
      ['VOICE_MINUTES', 3_000, 9_000, 5_000, 4_000],
      ['TOOL_SPEND', 0, 0, 0, 0],
      ['RAG_TOKENS', 2_500_000, 2_500, 0, 2_500],
    ]);
    expect(lines.map((line) => (line.amount as { amount: number }).amount)).toEqual([0, 400, 0, 250]);
    expect(lines.every((line) => (line.unitPrice as { amount: number }).amount === 100)).toBe(true);
    const invoiceTotal = paid.data!.invoice.total as { amount: number };
    const prorated = (paid.data!.invoice.proratedBase as { amount: number }).amount;
    expect(invoiceTotal.amount).toBe(prorated + 650);

    // Pushed to the customer's billing system: each invoice as its webhook's data, and each
    // subscription change.
    const events = await api.query<{ type: string; data: Record<string, unknown> }>(
      'select type, data from webhook_event where org_id = $1 order by created_at',
      [owner.orgId],
    );
    expect(events.map((event) => event.type)).toEqual([
      'subscription.updated',
      'subscription.updated',
      'invoice.issued',
      'invoice.issued',
    ]);
    expect(events[0]!.data).toMatchObject({
      change: 'subscription.activated',
      previous: { status: 'trial' },
      subscription: { status: 'active', plan: 'team' },
    });
    expect(events[1]!.data).toMatchObject({ change: 'subscription.renewed' });
    expect(events[3]!.data).toMatchObject({
      number: 2,
      currency: 'USD',
      usageAmount: 650,
      total: invoiceTotal.amount,
      lines: [
        { meter: 'workflowRuns', credits: 15_000, amount: 0 },
        { meter: 'voiceMinutes', billableCredits: 4_000, unitPrice: 100, amount: 400 },
        { meter: 'toolSpend', amount: 0 },
        { meter: 'ragTokens', amount: 250 },
      ],
    });

    // The late event is on the open period's invoice, marked late.
    await endOpenPeriod(api, owner.orgId);
    await advance();
    await issue();
    const next = await api.graphql<{
      invoices: { edges: Array<{ node: { id: string; number: number } }>; pageInfo: { endCursor: string } };
    }>(INVOICES, {}, as(owner, owner.orgId));
    expect(next.data!.invoices.edges.map((edge) => edge.node.number)).toEqual([3, 2]);
    const third = await api.graphql<{ invoice: { lines: Array<Record<string, unknown>> } }>(
      INVOICE,
      { id: next.data!.invoices.edges[0]!.node.id },
      as(owner, owner.orgId),
    );
    expect(third.data!.invoice.lines.slice(0, 2)).toMatchObject([
      { meter: 'WORKFLOW_RUNS', quantity: 5, lateQuantity: 0 },
      { meter: 'VOICE_MINUTES', quantity: 10, credits: 30, lateQuantity: 10, lateCredits: 30 },
    ]);

    // Pages by cursor; a viewer reads none of it.
    const page2 = await api.graphql<{ invoices: { edges: Array<{ node: { number: number } }> } }>(
      INVOICES,
      { after: next.data!.invoices.pageInfo.endCursor },
      as(owner, owner.orgId),
    );
    expect(page2.data!.invoices.edges.map((edge) => edge.node.number)).toEqual([1]);
    // Usage per billing period, as billed: the late minutes in period 3, where they were recorded.
    const periodTotals = await api.graphql<{ createUsageExport: { url: string } }>(
      'mutation($input: CreateUsageExportInput!) { createUsageExport(input: $input) { url } }',
      {
        input: {
          kind: 'USAGE_PERIOD_TOTALS',
          format: 'JSON',
          from: new Date(Date.now() - 300 * 24 * 60 * 60 * 1000).toISOString(),
          to: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
        },
      },
      as(owner, owner.orgId),
    );
    expect(periodTotals.errors).toBeUndefined();
    const totals = (await (await fetch(`${api.url}${periodTotals.data!.createUsageExport.url}`)).json()) as Array<
      Record<string, unknown>
    >;
    expect(totals.map((row) => [row.periodNumber, row.periodKind, row.meter, row.quantity, row.credits])).toEqual([
      [2, 'paid', 'ragTokens', 2_500_000, 2_500],
      [2, 'paid', 'voiceMinutes', 3_000, 9_000],
      [2, 'paid', 'workflowRuns', 15_000, 15_000],
      [3, 'paid', 'voiceMinutes', 10, 30],
      [3, 'paid', 'workflowRuns', 5, 5],
    ]);
    expect(codes(await api.graphql(INVOICES, {}, as(viewer, owner.orgId)))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(INVOICE, { id: randomUUID() }, as(owner, owner.orgId)))).toEqual(['NOT_FOUND']);
  });

  it('changes the anchor day or the fiscal calendar from the next period, never the current one', async () => {
    const owner = await signUpUser(api);
    await api.graphql(CHANGE_PLAN, {}, as(owner, owner.orgId));
    const read = async () =>
      (
        await api.graphql<{
          billingPeriodSettings: {
            anchorDay: number;
            fiscalCalendar: string[];
            upcoming: Array<{ startsAt: string; endsAt: string }>;
          };
          billingSubscription: { currentPeriodStart: string; currentPeriodEnd: string };
        }>(SETTINGS, {}, as(owner, owner.orgId))
      ).data!;
    const before = await read();
    const end = new Date(before.billingSubscription.currentPeriodEnd);
    expect(before.billingPeriodSettings.anchorDay).toBe(end.getUTCDate());
    const anchorDay = end.getUTCDate() === 10 ? 20 : 10;

    const changed = await api.graphql(UPDATE_SETTINGS, { input: { anchorDay } }, as(owner, owner.orgId));
    expect(changed.errors).toBeUndefined();
    const after = await read();
    expect(after.billingSubscription).toEqual(before.billingSubscription);
    const [stub] = after.billingPeriodSettings.upcoming;
    expect(stub!.startsAt).toBe(before.billingSubscription.currentPeriodEnd);
    expect(new Date(stub!.endsAt).getUTCDate()).toBe(anchorDay);
    expect(Date.parse(stub!.endsAt) - end.getTime()).toBeLessThanOrEqual(31 * 24 * 60 * 60 * 1000);

    // A 4-4-5 calendar after the current period; refused when out of order or too early.
    const week = 7 * 24 * 60 * 60 * 1000;
    const calendar = [4, 8, 13].map((weeks) => new Date(end.getTime() + weeks * week).toISOString());
    const refused = await api.graphql(
      UPDATE_SETTINGS,
      { input: { fiscalCalendar: [calendar[0], calendar[0], new Date(end.getTime() - week).toISOString()] } },
      as(owner, owner.orgId),
    );
    expect(codes(refused)).toEqual(['VALIDATION_FAILED']);
    expect(JSON.stringify(refused.errors)).toContain('input.fiscalCalendar');
    expect(codes(await api.graphql(UPDATE_SETTINGS, { input: { anchorDay: 32 } }, as(owner, owner.orgId)))).toEqual([
      'VALIDATION_FAILED',
    ]);
    const set = await api.graphql<{ updateBillingPeriodSettings: { settings: { fiscalCalendar: string[] } } }>(
      UPDATE_SETTINGS,
      { input: { fiscalCalendar: calendar } },
      as(owner, owner.orgId),
    );
    expect(set.data!.updateBillingPeriodSettings.settings.fiscalCalendar).toEqual(calendar);
    expect((await read()).billingSubscription).toEqual(before.billingSubscription);

    // The period closes at its own end; the next ends at the calendar's first boundary.
    await endOpenPeriod(api, owner.orgId);
    await advance();
    const [current] = await api.query<{ ends_at: Date }>(
      'select ends_at from billing_period where org_id = $1 and closed_at is null',
      [owner.orgId],
    );
    expect(current!.ends_at.toISOString()).toBe(calendar[0]);
    const audit = await api.query<{ action: string }>(
      "select action from audit_event where org_id = $1 and action = 'subscription.periods_changed'",
      [owner.orgId],
    );
    expect(audit).toHaveLength(2);
  });

  it('keeps periods one unbroken line and issued invoices unchanged, in the database itself', async () => {
    const orgId = await fixtureOrg({
      startsAt: '2026-11-01T00:00:00.000Z',
      endsAt: '2027-12-01T00:00:00.000Z',
      anchorDay: 1,
      closed: 1,
    });
    await issue();
    const refuse = async (statement: string, values: unknown[], message: RegExp) =>
      expect(api.query(statement, values)).rejects.toThrow(message);
    const insert = `insert into billing_period (org_id, starts_at, ends_at, follows, number, kind, plan, billing_cycle, nominal_ends_at, closed_at)
                    values ($1, $2, $3, $4, $5, 'paid', 'team', 'monthly', $3, now())`;
    // Overlapping the first period; leaving a gap after the last; a second first period.
    await refuse(insert, [orgId, '2026-10-25T00:00:00Z', '2026-10-28T00:00:00Z', '2026-10-25T00:00:00Z', 3], /fkey/);
    await refuse(insert, [orgId, '2027-12-02T00:00:00Z', '2027-12-30T00:00:00Z', '2027-12-02T00:00:00Z', 3], /fkey/);
    await refuse(insert, [orgId, '2027-12-01T00:00:00Z', '2027-12-30T00:00:00Z', null, 1], /number_key|follows_check/);
    // Two periods after the same one.
    await api.query(insert, [orgId, '2027-12-01T00:00:00Z', '2027-12-30T00:00:00Z', '2027-12-01T00:00:00Z', 3]);
    await refuse(
      insert,
      [orgId, '2027-12-01T00:00:00Z', '2027-12-31T00:00:00Z', '2027-12-01T00:00:00Z', 4],
      /starts_at_key/,
    );

    const [invoice] = await invoices(orgId);
    expect(invoice).toBeDefined();
    await refuse('update invoice set total = 0 where org_id = $1', [orgId], /cannot be changed/);
    await refuse('update invoice_line set amount = 0 where org_id = $1', [orgId], /cannot be changed/);
    await refuse('delete from invoice where org_id = $1', [orgId], /cannot be changed or deleted/);
    // They go with their organization.
    await api.query('delete from organization where id = $1', [orgId]);
    expect(await invoices(orgId)).toEqual([]);
  });

  it('issues exactly one invoice per period when two processes close at once', async () => {
    const orgIds = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        fixtureOrg({
          startsAt: `2026-11-${String(index + 1).padStart(2, '0')}T00:00:00.000Z`,
          endsAt: '2027-12-01T00:00:00.000Z',
          anchorDay: 1,
          closed: 3,
        }),
      ),
    );
    const runs = [closeCommand(api.databaseUrl, '--batch', '1'), closeCommand(api.databaseUrl, '--batch', '1')];
    expect(await Promise.all(runs.map(exited))).toEqual([0, 0]);
    for (const orgId of orgIds) {
      const issued = await invoices(orgId);
      const closed = (await periods(orgId)).filter((period) => period.closed);
      expect(issued.map((invoice) => invoice.number)).toEqual([1, 2, 3]);
      expect(issued.map((invoice) => invoice.period_ends_at)).toEqual(closed.map((period) => period.ends_at));
    }
  });

  it('issues the rest after a run killed half-way, none twice', async () => {
    const orgIds = (
      await Promise.all(
        Array.from({ length: 20 }, () =>
          fixtureOrg({
            startsAt: '2026-11-20T00:00:00.000Z',
            endsAt: '2027-12-01T00:00:00.000Z',
            anchorDay: 1,
            closed: 1,
          }),
        ),
      )
    ).sort();
    const count = async () =>
      Number(
        (await api.query<{ n: string }>('select count(*) as n from invoice where org_id = any($1)', [orgIds]))[0]!.n,
      );
    // Hold the 10th organization's row: the run stops in the middle of its invoice, the nine
    // before it issued.
    const holder = new pg.Client({ connectionString: api.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from organization where id = $1 for update', [orgIds[9]]);
      const run = closeCommand(api.databaseUrl, '--batch', '1');
      const ended = exited(run);
      // (Watched from outside the holder's transaction, which sees a frozen pg_stat_activity.)
      const waiting = async () =>
        (
          await api.query<{ n: number }>(
            "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
          )
        )[0]!.n;
      await expect.poll(waiting, { timeout: 30_000, interval: 100 }).toBe(1);
      expect(await count()).toBe(9);
      run.kill('SIGKILL');
      await ended;
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    // The killed run's session goes once the database notices; until then it holds the period.
    const lockable = () =>
      api.query('select 1 from billing_period where org_id = $1 and number = 1 for update skip locked', [orgIds[9]]);
    await expect.poll(async () => (await lockable()).length, { timeout: 30_000, interval: 100 }).toBe(1);
    expect(await count()).toBe(9);
    const { stdout } = await runCloseCommand(api.databaseUrl);
    expect(stdout).toContain('11 invoices issued');
    expect(await count()).toBe(20);
    const numbers = await api.query<{ n: number }>('select number as n from invoice where org_id = any($1)', [orgIds]);
    expect(new Set(numbers.map((row) => row.n))).toEqual(new Set([1]));
  });

  it('exports an invoice and every invoice as CSV and JSON, once per link, for billing readers only', async () => {
    const owner = await signUpUser(api);
    const member = await addMember(api, owner, 'MEMBER');
    await api.graphql(CHANGE_PLAN, {}, as(owner, owner.orgId));
    await issue();
    const [invoice] = await api.query<{ id: string }>('select id from invoice where org_id = $1', [owner.orgId]);
    const EXPORT = `mutation($input: CreateInvoiceExportInput!) { createInvoiceExport(input: $input) { url filename } }`;
    const link = async (input: Record<string, unknown>) => {
      const response = await api.graphql<{ createInvoiceExport: { url: string; filename: string } }>(
        EXPORT,
        { input },
        as(owner, owner.orgId),
      );
      expect(response.errors).toBeUndefined();
      return response.data!.createInvoiceExport;
    };
    const csv = await link({ invoiceId: invoice!.id, format: 'CSV' });
    expect(csv.filename).toBe('invoice-0001.csv');
    const first = await fetch(`${api.url}${csv.url}`);
    expect(first.headers.get('content-disposition')).toContain('invoice-0001.csv');
    const rows = parse(await first.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.invoiceNumber, row.line, row.meter, row.trial, row.total, row.currency])).toEqual([
      ['1', '1', 'workflowRuns', 'true', '0', 'USD'],
      ['1', '2', 'voiceMinutes', 'true', '0', 'USD'],
      ['1', '3', 'toolSpend', 'true', '0', 'USD'],
      ['1', '4', 'ragTokens', 'true', '0', 'USD'],
    ]);
    expect((await fetch(`${api.url}${csv.url}`)).status).toBe(410);

    const json = await link({ format: 'JSON' });
    expect(json.filename).toBe('invoices-all.json');
    const all = (await (await fetch(`${api.url}${json.url}`)).json()) as Array<Record<string, unknown>>;
    expect(all).toEqual([
      expect.objectContaining({ invoiceNumber: 1, invoiceId: invoice!.id, total: 0, plan: 'team' }),
    ]);

    expect(codes(await api.graphql(EXPORT, { input: { format: 'CSV' } }, as(member, owner.orgId)))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(await api.graphql(EXPORT, { input: { invoiceId: randomUUID(), format: 'CSV' } }, as(owner, owner.orgId))),
    ).toEqual(['NOT_FOUND']);
    const audit = await api.query<{ after: { kind: string } }>(
      "select after from audit_event where org_id = $1 and action = 'export.created' order by created_at",
      [owner.orgId],
    );
    expect(audit.map((event) => event.after.kind)).toEqual(['invoice', 'invoices']);
  });
});
