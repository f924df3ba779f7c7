/**
 * The bench's data: one organization of 100,000 members with a signed-in owner, written
 * deterministically so every run (and every target) reads the same rows.
 */
import pg from 'pg';

/** Members of the seeded organization. */
export const MEMBERS = 100_000;
/** How many members the role-change workload flips (users 1001–2000, all plain members). */
const ROLE_ROWS = 1000;

export interface Seeded {
  readonly orgId: string;
  readonly ownerId: string;
  readonly sessionId: string;
  /** created_at::text and id of the member at position 99,950: R3 starts after it. */
  readonly anchor: { readonly createdKey: string; readonly id: string };
  /** The memberships the role change flips between member and viewer. */
  readonly roleRows: readonly string[];
}

/** Usage events seeded for the time-series measure: many on one meter, few on another. */
export const USAGE_EVENTS = { workflowRuns: 1_000_000, voiceMinutes: 10_000 } as const;

/** An active Enterprise subscription (no plan limits), which sign-up would have started as a trial. */
export async function insertSubscription(client: pg.Client, orgId: string): Promise<void> {
  await client.query(
    `insert into subscription (org_id, plan, status, billing_cycle, period_months, period_starts_at, period_ends_at)
     values ($1, 'enterprise', 'active', 'annual', 12, now() - interval '1 day', now() + interval '1 year')`,
    [orgId],
  );
  await client.query(
    `insert into billing_period (org_id, starts_at, ends_at, number, kind, plan, billing_cycle, nominal_ends_at)
     select org_id, period_starts_at, period_ends_at, 1, 'paid', plan, billing_cycle, period_ends_at
       from subscription where org_id = $1`,
    [orgId],
  );
}

/** Seeds the organization: user n joins at a fixed instant plus n seconds. */
export async function seed(url: string): Promise<Seeded> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const {
      rows: [org],
    } = await client.query<{ id: string }>(
      `insert into organization (name, slug) values ('Bench Corp', 'bench-corp') returning id`,
    );
    // Roles by rank: 1 owner, 9 admins, 90 managers, then members, and the last 10,000 viewers.
    await client.query(
      `insert into app_user (id, email, display_name, password_hash, created_at)
       select md5('user' || n)::uuid, 'm' || lpad(n::text, 6, '0') || '@bench.test', 'Member ' || n, 'x',
              timestamptz '2026-01-01' + n * interval '1 second'
         from generate_series(1, $1) as n`,
      [MEMBERS],
    );
    await client.query(
      `insert into membership (org_id, user_id, role, created_at)
       select $1, md5('user' || n)::uuid,
              case when n = 1 then 'owner' when n <= 10 then 'admin' when n <= 100 then 'manager'
                   when n <= 90000 then 'member' else 'viewer' end,
              timestamptz '2026-01-01' + n * interval '1 second'
         from generate_series(1, $2) as n`,
      [org!.id, MEMBERS],
    );
    await insertSubscription(client, org!.id);
    // Usage spread evenly over the last 30 days, and its hourly rollups, as recording keeps them.
    for (const [meter, count] of Object.entries(USAGE_EVENTS)) {
      await client.query(
        `insert into usage_event (org_id, meter, quantity, credits, occurred_at, source, idempotency_key, period_starts_at)
         select $1, $2, 1, 1, now() - (n::float8 / $3) * interval '30 days', 'seed', $2 || '-' || n,
                (select period_starts_at from subscription where org_id = $1)
           from generate_series(1, $3) as n`,
        [org!.id, meter, count],
      );
    }
    await client.query(
      `insert into usage_rollup (org_id, scope, scope_id, meter, hour, quantity, credits, events)
       select org_id, 'org', org_id, meter, date_trunc('hour', occurred_at, 'UTC'), sum(quantity), sum(credits), count(*)
         from usage_event where org_id = $1 group by org_id, meter, date_trunc('hour', occurred_at, 'UTC')`,
      [org!.id],
    );
    const {
      rows: [session],
    } = await client.query<{ id: string }>(
      `insert into session (user_id, expires_at) values (md5('user1')::uuid, now() + interval '1 day') returning id`,
    );
    await client.query('commit');
    // Vacuumed now, not by autovacuum while the first measurements run: a million fresh rows would
    // set it off then, competing for the cores the servers are measured on.
    await client.query('vacuum analyze');
    const {
      rows: [anchor],
    } = await client.query<{ created_key: string; id: string }>(
      `select created_at::text as created_key, id from membership where org_id = $1
        order by created_at, id offset $2 limit 1`,
      [org!.id, MEMBERS - 51],
    );
    const { rows: roleRows } = await client.query<{ id: string }>(
      `select m.id from membership m join generate_series(1001, $2) as n on m.user_id = md5('user' || n)::uuid
        where m.org_id = $1 order by n`,
      [org!.id, 1000 + ROLE_ROWS],
    );
    return {
      orgId: org!.id,
      ownerId: (await client.query<{ id: string }>(`select md5('user1')::uuid as id`)).rows[0]!.id,
      sessionId: session!.id,
      anchor: { createdKey: anchor!.created_key, id: anchor!.id },
      roleRows: roleRows.map((row) => row.id),
    };
  } finally {
    await client.end();
  }
}
