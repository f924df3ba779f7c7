import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { graphql } from '../../../test/generated/index.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { addMember, ARCHIVE_MEMBER, CHANGE_MEMBER_ROLE } from '../../../test/support/members.ts';

const CREATE_EXPORT = graphql(`
  mutation CreateUsageExport($input: CreateUsageExportInput!) {
    createUsageExport(input: $input) {
      url
      expiresAt
      filename
    }
  }
`);

const RECORD = graphql(`
  mutation ExportRecordUsage($input: RecordUsageInput!) {
    recordUsage(input: $input) {
      recordedCount
    }
  }
`);

type ExportInput = {
  kind: 'USAGE_EVENTS' | 'USAGE_TOTALS';
  format: 'CSV' | 'JSON';
  from: string;
  to: string;
  meter?: 'WORKFLOW_RUNS' | 'VOICE_MINUTES' | 'TOOL_SPEND' | 'RAG_TOKENS' | null;
};

const EVENT_COLUMNS = [
  'id',
  'occurredAt',
  'recordedAt',
  'meter',
  'quantity',
  'credits',
  'memberId',
  'workspaceId',
  'model',
  'source',
  'idempotencyKey',
];
const METERS = ['workflowRuns', 'voiceMinutes', 'toolSpend', 'ragTokens'];
/** The seeded range: December 2026 (UTC). */
const FROM = '2026-12-01T00:00:00.000Z';
const TO = '2027-01-01T00:00:00.000Z';
const BASE = Date.parse(FROM);

describe('usage exports', () => {
  let api: TestApi;
  let owner: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true', JOBS_ENABLED: 'false' });
    owner = await signUpUser(api);
    other = await signUpUser(api);
  });
  afterAll(() => api?.stop());

  const create = (user: TestUser, input: ExportInput, orgId = owner.orgId) =>
    api.request(CREATE_EXPORT, { input }, as(user, orgId));
  const link = async (user: TestUser, input: ExportInput, orgId = owner.orgId) => {
    const response = await create(user, input, orgId);
    if (!response.data?.createUsageExport) throw new Error(`export refused: ${JSON.stringify(response.errors)}`);
    return response.data.createUsageExport;
  };
  const download = (url: string, init?: RequestInit) => fetch(`${api.url}${url}`, init);
  const errorOf = async (response: Response) =>
    ((await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0]!;

  /** `count` events in `orgId`, one a second from the start of December, as the schema owner. */
  const seed = (orgId: string, count: number, prefix: string, membershipId: string | null = null) =>
    api.query(
      `insert into usage_event (org_id, meter, quantity, credits, membership_id, model, occurred_at, source, idempotency_key,
                                period_starts_at)
       select $1, (array['workflowRuns', 'voiceMinutes', 'toolSpend', 'ragTokens'])[1 + g % 4], 1 + g % 1000, g % 50,
              case when g % 3 = 0 then $4::uuid end, case when g % 5 = 0 then 'gpt-4o' end,
              $2::timestamptz + g * interval '1 second', 'seed, "quoted"', $5 || g, (select period_starts_at from subscription where org_id = $1)
         from generate_series(0, $3 - 1) g`,
      [orgId, FROM, count, membershipId, prefix],
    );

  it('streams 200,000 events as CSV that parse back to exactly the events, in order, and nothing of another org', async () => {
    const membershipId = randomUUID();
    await seed(owner.orgId, 200_000, 'seed-', membershipId);
    await seed(other.orgId, 1_000, 'other-');
    const created = await link(owner, { kind: 'USAGE_EVENTS', format: 'CSV', from: FROM, to: TO });
    expect(created.filename).toBe('usage-events-2026-12-01-2026-12-31.csv');
    expect(created.url).toMatch(/^\/exports\/[A-Za-z0-9_-]{43}$/);
    const expiresIn = Date.parse(created.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(4 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(5 * 60_000);

    const started = Date.now();
    const response = await download(created.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="usage-events-2026-12-01-2026-12-31.csv"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const seconds = (Date.now() - started) / 1000;
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(text.slice(0, text.indexOf('\r\n'))).toBe(EVENT_COLUMNS.join(','));
    expect(records).toHaveLength(200_000);

    const ids = await api.query<{ id: string; created_at: string }>(
      `select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at
         from usage_event where org_id = $1 order by occurred_at, id`,
      [owner.orgId],
    );
    const mismatches: string[] = [];
    records.forEach((record, g) => {
      const want = {
        id: ids[g]!.id,
        occurredAt: `${new Date(BASE + g * 1000).toISOString().slice(0, 19)}.000000Z`,
        recordedAt: ids[g]!.created_at,
        meter: METERS[g % 4]!,
        quantity: String(1 + (g % 1000)),
        credits: String(g % 50),
        memberId: g % 3 === 0 ? membershipId : '',
        workspaceId: '',
        model: g % 5 === 0 ? 'gpt-4o' : '',
        source: 'seed, "quoted"',
        idempotencyKey: `seed-${g}`,
      };
      if (JSON.stringify(record) !== JSON.stringify(want) && mismatches.length < 5)
        mismatches.push(`${g}: ${JSON.stringify(record)} vs ${JSON.stringify(want)}`);
    });
    expect(mismatches).toEqual([]);
    console.info(`200,000-event CSV export: ${text.length} bytes in ${seconds.toFixed(2)} s`);
  }, 60_000);

  it('answers JSON with typed values: numbers as numbers, nulls as null, microsecond UTC times', async () => {
    const created = await link(owner, {
      kind: 'USAGE_EVENTS',
      format: 'JSON',
      from: FROM,
      to: '2026-12-01T00:00:10.000Z',
      meter: 'VOICE_MINUTES',
    });
    expect(created.filename).toBe('usage-events-voiceMinutes-2026-12-01-2026-12-01.json');
    const response = await download(created.url);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const rows = (await response.json()) as Array<Record<string, unknown>>;
    // Seconds 1, 5 and 9 of December are voice minutes (g % 4 = 1).
    expect(rows.map((row) => row.idempotencyKey)).toEqual(['seed-1', 'seed-5', 'seed-9']);
    expect(rows[1]).toEqual({
      id: expect.any(String),
      occurredAt: '2026-12-01T00:00:05.000000Z',
      recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
      meter: 'voiceMinutes',
      quantity: 6,
      credits: 5,
      memberId: null,
      workspaceId: null,
      model: 'gpt-4o',
      source: 'seed, "quoted"',
      idempotencyKey: 'seed-5',
    });
    // Beyond 2^53 − 1 an integer is a decimal string, never a rounded number.
    const big = await signUpUser(api);
    await api.query(
      `insert into usage_event (org_id, meter, quantity, credits, occurred_at, source, idempotency_key, period_starts_at)
       values ($1, 'ragTokens', 9007199254740993, 9007199254740991, $2, 'big', 'big-1', (select period_starts_at from subscription where org_id = $1))`,
      [big.orgId, FROM],
    );
    const bigLink = await link(big, { kind: 'USAGE_EVENTS', format: 'JSON', from: FROM, to: TO }, big.orgId);
    const bigText = await (await download(bigLink.url)).text();
    expect(bigText).toContain('"quantity":"9007199254740993","credits":9007199254740991');
    // An empty range is an empty array.
    const empty = await link(owner, {
      kind: 'USAGE_EVENTS',
      format: 'JSON',
      from: '2025-01-01T00:00:00Z',
      to: '2025-01-02T00:00:00Z',
    });
    expect(await (await download(empty.url)).json()).toEqual([]);
  });

  it('exports daily totals per meter from the rollups, as CSV and JSON', async () => {
    const team = await signUpUser(api);
    const now = new Date();
    const events = [
      { meter: 'voiceMinutes', quantity: 7, source: 'test', idempotencyKey: randomUUID() },
      { meter: 'voiceMinutes', quantity: 3, source: 'test', idempotencyKey: randomUUID() },
      { meter: 'workflowRuns', quantity: 2, source: 'test', idempotencyKey: randomUUID() },
    ];
    const recorded = await api.request(RECORD, { input: { events } }, as(team, team.orgId));
    expect(recorded.data!.recordUsage!.recordedCount).toBe(3);
    const range = {
      from: new Date(now.getTime() - 86_400_000).toISOString(),
      to: new Date(now.getTime() + 3_600_000).toISOString(),
    };
    const day = now.toISOString().slice(0, 10);
    const json = await link(team, { kind: 'USAGE_TOTALS', format: 'JSON', ...range }, team.orgId);
    expect(json.filename).toMatch(/^usage-totals-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.json$/);
    const totals = (await (await download(json.url)).json()) as Array<Record<string, unknown>>;
    expect(totals).toEqual([
      { day, meter: 'voiceMinutes', quantity: 10, credits: expect.any(Number), events: 2 },
      { day, meter: 'workflowRuns', quantity: 2, credits: expect.any(Number), events: 1 },
    ]);
    const csv = await link(team, { kind: 'USAGE_TOTALS', format: 'CSV', ...range }, team.orgId);
    const records = parse(await (await download(csv.url)).text(), { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => [record.day, record.meter, record.quantity, record.events])).toEqual([
      [day, 'voiceMinutes', '10', '2'],
      [day, 'workflowRuns', '2', '1'],
    ]);
  });

  it('neutralises spreadsheet formulas in text cells of CSV, and leaves JSON values as they are', async () => {
    const org = await signUpUser(api);
    const hostile = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1)', '\tTAB', '\rCR'];
    for (const [index, value] of hostile.entries()) {
      await api.query(
        `insert into usage_event (org_id, meter, quantity, credits, model, occurred_at, source, idempotency_key, period_starts_at)
         values ($1, 'toolSpend', 5, 1, $2, $3, $2, $4, (select period_starts_at from subscription where org_id = $1))`,
        [org.orgId, value, new Date(BASE + index * 1000), `${value.trim()}-${index}`],
      );
    }
    const csv = await link(org, { kind: 'USAGE_EVENTS', format: 'CSV', from: FROM, to: TO }, org.orgId);
    const records = parse(await (await download(csv.url)).text(), { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => [record.source, record.model])).toEqual(
      hostile.map((value) => [`'${value}`, `'${value}`]),
    );
    expect(records.map((record) => record.idempotencyKey)).toEqual(
      hostile.map((value, index) => {
        const key = `${value.trim()}-${index}`;
        return /^[=+\-@\t\r]/.test(key) ? `'${key}` : key;
      }),
    );
    // Numbers stay numbers.
    expect(records.map((record) => record.quantity)).toEqual(hostile.map(() => '5'));
    const json = await link(org, { kind: 'USAGE_EVENTS', format: 'JSON', from: FROM, to: TO }, org.orgId);
    const rows = (await (await download(json.url)).json()) as Array<Record<string, unknown>>;
    expect(rows.map((row) => row.source)).toEqual(hostile);
  });

  it('works once: a second download, an expired link and an unknown one are refused without data', async () => {
    const created = await link(owner, { kind: 'USAGE_TOTALS', format: 'CSV', from: FROM, to: TO });
    // A HEAD (a link preview, a download manager's probe) does not use the link up.
    expect((await download(created.url, { method: 'HEAD' })).status).toBe(404);
    const first = await download(created.url);
    expect(first.status).toBe(200);
    await first.text();
    const second = await download(created.url);
    expect(second.status).toBe(410);
    expect(second.headers.get('cache-control')).toBe('no-store');
    expect(await errorOf(second)).toEqual({
      message: 'This export link was already used. Create a new export.',
      extensions: { code: 'TOKEN_INVALID' },
    });

    const stale = await link(owner, { kind: 'USAGE_EVENTS', format: 'CSV', from: FROM, to: TO });
    await api.query(`update export_link set expires_at = now() - interval '1 second' where used_at is null`);
    const expired = await download(stale.url);
    expect(expired.status).toBe(410);
    expect((await errorOf(expired)).message).toBe('This export link has expired. Create a new export.');

    for (const url of [`/exports/${'A'.repeat(43)}`, '/exports/short', '/exports/']) {
      const unknown = await download(url);
      expect(unknown.status, url).toBe(404);
      expect((await errorOf(unknown)).extensions.code).toBe('NOT_FOUND');
    }
    // Only the hash is stored.
    const token = created.url.slice('/exports/'.length);
    const stored = await api.query(
      `select 1 from export_link where token_hash = sha256(convert_to($1, 'UTF8')) and encode(token_hash, 'escape') <> $1`,
      [token],
    );
    expect(stored).toHaveLength(1);
  });

  it('is single-use under 8 concurrent downloads', async () => {
    const created = await link(owner, { kind: 'USAGE_TOTALS', format: 'JSON', from: FROM, to: TO });
    const answers = await Promise.all(Array.from({ length: 8 }, () => download(created.url)));
    await Promise.all(answers.map((answer) => answer.text()));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410, 410, 410, 410, 410, 410, 410]);
  });

  it('is refused to viewers, members and managers; admins get one; bad input changes nothing', async () => {
    for (const role of ['VIEWER', 'MEMBER', 'MANAGER'] as const) {
      const user = await addMember(api, owner, role);
      const refused = await create(user, { kind: 'USAGE_EVENTS', format: 'CSV', from: FROM, to: TO });
      expect(codes(refused), role).toEqual(['FORBIDDEN']);
      expect(refused.errors![0]!.extensions!.ability).toBe('usage.export');
    }
    const admin = await addMember(api, owner, 'ADMIN');
    expect((await create(admin, { kind: 'USAGE_EVENTS', format: 'CSV', from: FROM, to: TO })).errors).toBeUndefined();
    // Not a member of the org: as for any tenant request.
    expect(codes(await create(other, { kind: 'USAGE_EVENTS', format: 'CSV', from: FROM, to: TO }))).toEqual([
      'TENANT_NOT_FOUND',
    ]);

    const count = async () =>
      (
        await api.query<{ n: number }>(
          `select (select count(*) from export_link)::int + (select count(*) from audit_event where action = 'export.created')::int as n`,
        )
      )[0]!.n;
    const before = await count();
    const backwards = await create(owner, { kind: 'USAGE_EVENTS', format: 'CSV', from: TO, to: FROM });
    expect(codes(backwards)).toEqual(['VALIDATION_FAILED']);
    expect(backwards.errors![0]!.extensions!.fields).toEqual([
      { path: 'input.to', message: 'must be after input.from' },
    ]);
    const long = await create(owner, {
      kind: 'USAGE_TOTALS',
      format: 'JSON',
      from: '2025-01-01T00:00:00Z',
      to: '2026-01-03T00:00:00Z',
    });
    expect(long.errors![0]!.extensions!.fields).toEqual([
      { path: 'input.to', message: 'must be at most 366 days after input.from' },
    ]);
    expect(await count()).toBe(before);
  });

  it('audits who exported what, in the same transaction as the link', async () => {
    const created = await link(owner, { kind: 'USAGE_TOTALS', format: 'CSV', from: FROM, to: TO, meter: 'RAG_TOKENS' });
    const [event] = await api.query<{ actor_user_id: string; target_id: string; after: Record<string, unknown> }>(
      `select actor_user_id, target_id, after from audit_event
        where org_id = $1 and action = 'export.created' order by created_at desc limit 1`,
      [owner.orgId],
    );
    expect(event!.actor_user_id).toBe(owner.userId);
    expect(event!.after).toEqual({
      kind: 'usage_totals',
      format: 'csv',
      from: FROM,
      to: TO,
      meter: 'ragTokens',
      expiresAt: new Date(created.expiresAt).toISOString(),
    });
    const [stored] = await api.query('select id from export_link where org_id = $1 and id = $2', [
      owner.orgId,
      event!.target_id,
    ]);
    expect(stored).toBeDefined();
  });

  it('stops working when its person is archived, loses the ability or signs out', async () => {
    const admin = await addMember(api, owner, 'ADMIN');
    const input: ExportInput = { kind: 'USAGE_TOTALS', format: 'CSV', from: FROM, to: TO };

    const demoted = await link(admin, input);
    await api.request(CHANGE_MEMBER_ROLE, { membershipId: admin.membershipId, role: 'MEMBER' }, as(owner, owner.orgId));
    const refused = await download(demoted.url);
    expect(refused.status).toBe(403);
    expect(await errorOf(refused)).toMatchObject({ extensions: { code: 'FORBIDDEN', ability: 'usage.export' } });
    await api.request(CHANGE_MEMBER_ROLE, { membershipId: admin.membershipId, role: 'ADMIN' }, as(owner, owner.orgId));
    // A refused link is not used up: with the role back, it works.
    expect((await download(demoted.url)).status).toBe(200);

    const archivedLink = await link(admin, input);
    const archived = await api.request(ARCHIVE_MEMBER, { membershipId: admin.membershipId }, as(owner, owner.orgId));
    expect(archived.errors).toBeUndefined();
    const gone = await download(archivedLink.url);
    expect(gone.status).toBe(403);
    expect((await errorOf(gone)).extensions.code).toBe('FORBIDDEN');

    const signedOut = await link(owner, input);
    await api.query('update session set revoked_at = now() where user_id = $1', [owner.userId]);
    expect((await download(signedOut.url)).status).toBe(403);
    await api.query('update session set revoked_at = null where user_id = $1', [owner.userId]);
  });

  it('reads only the link’s own organization, under its row-level security', async () => {
    // Another org's owner exports the same range: none of this org's 200,000 events.
    const theirs = await link(other, { kind: 'USAGE_EVENTS', format: 'JSON', from: FROM, to: TO }, other.orgId);
    const rows = (await (await download(theirs.url)).json()) as Array<{ idempotencyKey: string }>;
    expect(rows).toHaveLength(1_000);
    expect(rows.every((row) => row.idempotencyKey.startsWith('other-'))).toBe(true);
    // A link moved to another org (as no API call can) reads that org only, as its user there.
    const moved = await link(owner, { kind: 'USAGE_EVENTS', format: 'JSON', from: FROM, to: TO });
    await api.query(`update export_link set org_id = $1 where used_at is null and org_id = $2`, [
      other.orgId,
      owner.orgId,
    ]);
    const refused = await download(moved.url);
    expect(refused.status).toBe(403);
  });

  it('gives the connection back when the client leaves in the middle of a download', async () => {
    const created = await link(owner, { kind: 'USAGE_EVENTS', format: 'CSV', from: FROM, to: TO });
    const controller = new AbortController();
    const response = await download(created.url, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    // The export's connection leaves its transaction (rollback): no session of the application
    // role is still in it, reading the cursor or idle in the transaction.
    const exporting = () =>
      api.query(
        `select state, query from pg_stat_activity
          where datname = current_database() and usename <> current_user and state <> 'idle'
            and query like '%from usage_event e%'`,
      );
    const deadline = Date.now() + 5_000;
    while ((await exporting()).length > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(await exporting()).toEqual([]);
    // Abandoned, not read to its end: the transaction was rolled back, not committed.
    const ended = await api.query(
      `select 1 from pg_stat_activity
        where datname = current_database() and usename <> current_user and state = 'idle' and query = 'rollback'`,
    );
    expect(ended).toHaveLength(1);
    // And the pool still serves exports.
    const next = await link(owner, { kind: 'USAGE_TOTALS', format: 'CSV', from: FROM, to: TO });
    expect((await download(next.url)).status).toBe(200);
  });
});
