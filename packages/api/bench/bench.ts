/**
 * `pnpm bench`: the member page and a role change of a seeded 100,000-member organization,
 * measured from outside against baselines started in the same invocation. Prints a table and
 * writes bench-results/bench.json. Not a test: nothing here asserts a duration. What each row
 * means, and how to run it, is in docs/performance.md.
 *
 * Every target runs in a process of its own and so does the load generator (autocannon), so no
 * two share an event loop. Targets: ORGPLANE (the real API, production mode, jobs on), B0 (bare
 * node:http + pg), B1 (bare Apollo Server, the same SQL), B1a (B1 plus ORGPLANE's token and
 * session/tenant check in a request transaction under row-level security) and B2 (PostGraphile
 * 4 over the same tables). Workloads, at 10 connections: R2 the first page (first: 50), R3 the
 * page after position 99,950 (keyset cursor), and a role change that really writes on every
 * request. Each cell: a warm-up, then a measured window in which the server's CPU time is read
 * from /proc; `BENCH_ROUNDS` rounds with the target order rotated each round; medians with
 * ranges.
 */
import 'reflect-metadata';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { parseConfig, REPO_ROOT } from '../src/config.ts';
import { createDatabaseIfMissing } from '../src/database/database.ts';
import { provisionAppRole } from '../src/database/app-role.ts';
import { startEmbeddedDatabase } from '../src/database/embedded.ts';
import { AccessTokens } from '../src/security/access-tokens.ts';
import { loadServerSecrets } from '../src/security/secrets.ts';
import { freePort } from '../test/support/ports.ts';
import type { AuthorizationOverhead } from './authorization-overhead.ts';
import { benchMail, type MailBenchResult } from './mail.ts';
import { startProcess, type BenchProcess } from './processes.ts';
import { buildApi } from '../scripts/build.ts';
import { MEMBERS, seed, USAGE_EVENTS, type Seeded } from './seed.ts';
import type { LoadResult, LoadSpec } from './targets/load-generator.ts';
import type { StatementCount } from './targets/orgplane.ts';
import {
  BARE_CHANGE_ROLE,
  CHANGE_ROLE,
  encodeCursor,
  MEMBER_PAGE,
  POSTGRAPHILE_CHANGE_ROLE,
  POSTGRAPHILE_PAGE,
  RECORD_BATCH,
  RECORD_ONE,
  USAGE_BATCH,
  usageSeries,
} from './workloads.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** A folder for a V8 CPU profile of ORGPLANE's main process over the whole matrix, when set. */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const WARM_UP_SECONDS = 2;
const CONNECTIONS = 10;
const COLD_STARTS = 3;
const RSS_REQUESTS = 20_000;
const FLOOD = 200;
/** Where ORGPLANE is built: `dist/` beside `src/`, as `pnpm build` writes it. */
const BUILD_DIR = path.join(REPO_ROOT, 'packages/api/dist');
const ORGPLANE_BUILT = path.join(BUILD_DIR, 'bench-orgplane.js');

const TARGETS = ['ORGPLANE', 'B0', 'B1', 'B1a', 'B2'] as const;
type TargetName = (typeof TARGETS)[number];
const WORKLOADS = ['R2', 'R3', 'role'] as const;
type Workload = (typeof WORKLOADS)[number];
const USAGE_WORKLOADS = ['R2', 'one', 'batch', 'seriesMany', 'seriesFew'] as const;
type UsageWorkload = (typeof USAGE_WORKLOADS)[number];

const logger = pino({ level: 'warn' });

/** One measured window, with the server's CPU time per completed request (null if none completed). */
interface Sample extends LoadResult {
  readonly cpuMsPerRequest: number | null;
}

/** The median of a measure over the rounds, with its smallest and largest value. */
interface Range {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** A target's rounds of one workload; latencies and CPU only over rounds that completed requests. */
interface Cell {
  readonly rounds: Sample[];
  readonly rps: Range | null;
  readonly p50: Range | null;
  readonly p99: Range | null;
  readonly errors: Range | null;
  readonly cpuMsPerRequest: Range | null;
}

/** Median, min and max of the values that are numbers; null when none is. */
function range(values: ReadonlyArray<number | null>): Range | null {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

function cell(rounds: Sample[]): Cell {
  const completed = rounds.filter((sample) => sample.requests > 0);
  return {
    rounds,
    rps: range(rounds.map((sample) => sample.rps)),
    p50: range(completed.map((sample) => sample.p50)),
    p99: range(completed.map((sample) => sample.p99)),
    errors: range(rounds.map((sample) => sample.errors)),
    cpuMsPerRequest: range(rounds.map((sample) => sample.cpuMsPerRequest)),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** `median (min–max)`, or just the value when every round agrees. */
function show(value: Range | null | undefined, digits = 2, unit = ''): string {
  if (!value) return 'none completed';
  const format = (n: number) => `${Number(n.toFixed(digits))}${unit}`;
  return value.min === value.max
    ? format(value.median)
    : `${format(value.median)} (${format(value.min)}–${format(value.max)})`;
}

/**
 * Round by round, `a ÷ b` of one measure of two cells measured in the same rounds (rounds where
 * either side completed no request are left out).
 */
function ratio(a: Cell, b: Cell, measure: (sample: Sample) => number | null): Range | null {
  return range(
    a.rounds.map((sample, n) => {
      const [top, bottom] = [measure(sample), measure(b.rounds[n]!)];
      return top === null || !bottom ? null : top / bottom;
    }),
  );
}

/**
 * Waits (up to 3 s) until `target` used no CPU for 50 ms: the requests the warm-up left in flight
 * are done, so their CPU is not charged to the measured window.
 */
async function idle(target: BenchProcess): Promise<void> {
  const deadline = performance.now() + 3000;
  let last = target.cpuMs();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = target.cpuMs();
    if (now === last) return;
    last = now;
  }
}

/** `items` rotated left by `n`. */
function rotated<T>(items: readonly T[], n: number): T[] {
  return items.map((_, index) => items[(index + n) % items.length]!);
}

/** The request bodies and headers each target is sent for each workload. */
function specs(
  targets: Record<TargetName, BenchProcess>,
  data: Seeded & { readonly postgraphileCursor: string },
  headers: () => Record<string, string>,
): (target: TargetName, workload: Workload) => LoadSpec {
  const cursor = encodeCursor(data.anchor.createdKey, data.anchor.id);
  const graphql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const common = { connections: CONNECTIONS };
  const page = { R2: { first: 50 }, R3: { first: 50, after: cursor } };
  return (target, workload) => {
    const url = targets[target].url;
    switch (target) {
      case 'ORGPLANE':
        return workload === 'role'
          ? {
              ...common,
              url,
              headers: headers(),
              alternate: {
                template: graphql(CHANGE_ROLE, { id: '__ID__', role: '__VALUE__' }),
                ids: data.roleRows,
                values: ['VIEWER', 'MEMBER'],
              },
            }
          : { ...common, url, headers: headers(), body: graphql(MEMBER_PAGE, page[workload]) };
      case 'B0':
        return workload === 'role'
          ? {
              ...common,
              url,
              headers: {},
              alternate: {
                template: JSON.stringify({ role: { id: '__ID__', value: '__VALUE__' } }),
                ids: data.roleRows,
                values: ['viewer', 'member'],
              },
            }
          : {
              ...common,
              url,
              headers: {},
              body: JSON.stringify(workload === 'R3' ? { after: [data.anchor.createdKey, data.anchor.id] } : {}),
            };
      case 'B1':
      case 'B1a': {
        const auth = target === 'B1a' ? headers() : {};
        const preflight = { 'apollo-require-preflight': 'true', ...auth };
        return workload === 'role'
          ? {
              ...common,
              url,
              headers: preflight,
              alternate: {
                template: graphql(BARE_CHANGE_ROLE, { id: '__ID__', role: '__VALUE__' }),
                ids: data.roleRows,
                values: ['viewer', 'member'],
              },
            }
          : { ...common, url, headers: preflight, body: graphql(MEMBER_PAGE, page[workload]) };
      }
      case 'B2':
        return workload === 'role'
          ? {
              ...common,
              url,
              headers: {},
              alternate: {
                template: graphql(POSTGRAPHILE_CHANGE_ROLE, { org: data.orgId, id: '__ID__', role: '__VALUE__' }),
                ids: data.roleRows,
                values: ['viewer', 'member'],
              },
            }
          : {
              ...common,
              url,
              headers: {},
              body: graphql(POSTGRAPHILE_PAGE, {
                org: data.orgId,
                first: 50,
                ...(workload === 'R3' ? { after: data.postgraphileCursor } : {}),
              }),
            };
    }
  };
}

/** The body of one request of `spec` (the first row's first value for a role change). */
function firstBody(spec: LoadSpec): string {
  if (!spec.alternate) return spec.body!;
  return spec.alternate.template
    .replaceAll('__ID__', spec.alternate.ids[0]!)
    .replaceAll('__VALUE__', spec.alternate.values[0]);
}

/** Sends one request of `spec` and refuses to go on unless it answered what the workload asks. */
async function check(name: string, workload: Workload, spec: LoadSpec): Promise<void> {
  const response = await fetch(spec.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...spec.headers },
    body: firstBody(spec),
  });
  const text = await response.text();
  const json = JSON.parse(text) as {
    errors?: unknown;
    rows?: unknown[];
    data?: Record<string, { edges?: unknown[] } | null>;
  };
  const rows = json.rows ?? Object.values(json.data ?? {})[0]?.edges;
  const ok =
    response.ok &&
    !json.errors &&
    (workload === 'role' ? text.includes('viewer') || text.includes('VIEWER') : rows?.length === 50);
  if (!ok) throw new Error(`${name} ${workload} failed: ${text.slice(0, 300)}`);
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'orgplane-bench-'));
  await chmod(root, 0o755);
  const cluster = await startEmbeddedDatabase({
    dataDir: path.join(root, 'pg'),
    port: await freePort(),
    logger,
    ephemeral: true,
  });
  const running: BenchProcess[] = [];
  const results: Record<string, unknown> = {
    members: MEMBERS,
    seconds: SECONDS,
    warmUpSeconds: WARM_UP_SECONDS,
    rounds: ROUNDS,
    connections: CONNECTIONS,
  };
  try {
    await createDatabaseIfMissing(cluster.url, 'bench');
    const url = cluster.urlFor('bench');
    const apiEnv = {
      NODE_ENV: 'production',
      DATABASE_URL: url,
      API_PORT: '0',
      LOG_LEVEL: 'info',
      DATA_DIR: root,
      JOBS_ENABLED: 'true',
      JWT_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      JWT_KEY_ID: 'bench',
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    };
    // ORGPLANE runs as production does: the built JavaScript (scripts/build.ts), with the bench's
    // target as one more entry. The first start migrates the empty database; then the
    // organization is seeded.
    await buildApi(BUILD_DIR, { 'bench-orgplane': 'bench/targets/orgplane.ts' });
    const orgplane = await startProcess(
      'ORGPLANE',
      ORGPLANE_BUILT,
      apiEnv,
      PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROFILE_DIR)}`] : [],
    );
    running.push(orgplane);
    const seeding = performance.now();
    const seeded = await seed(url);
    results.seedSeconds = round2((performance.now() - seeding) / 1000);

    // A real signed-in owner: a fresh token for each use, signed with the API's own key.
    const config = parseConfig(apiEnv);
    const tokens = new AccessTokens(await loadServerSecrets(config), {
      ...config.jwt,
      ttlSeconds: config.jwt.accessTokenTtlSeconds,
    });
    const token = async () => (await tokens.issue({ userId: seeded.ownerId, sessionId: seeded.sessionId })).token;
    let currentToken = await token();
    const headers = () => ({ authorization: `Bearer ${currentToken}`, 'x-tenant-id': seeded.orgId });

    const appRole = await provisionAppRole(url);
    const [b0, b1, b1a, b2, loader] = await Promise.all([
      startProcess('B0', 'bare-http.ts', { DATABASE_URL: url, BENCH_ORG_ID: seeded.orgId }),
      startProcess('B1', 'bare-apollo.ts', { DATABASE_URL: url, BENCH_ORG_ID: seeded.orgId }),
      startProcess('B1a', 'bare-apollo.ts', { ...apiEnv, DATABASE_URL: appRole.url, BENCH_GUARD: 'session' }),
      startProcess('B2', 'postgraphile.ts', { DATABASE_URL: url }),
      startProcess('load generator', 'load-generator.ts', {}),
    ]);
    running.push(b0, b1, b1a, b2, loader);
    const targets: Record<TargetName, BenchProcess> = {
      ORGPLANE: { ...orgplane, url: `${orgplane.url}/graphql` },
      B0: b0,
      B1: b1,
      B1a: b1a,
      B2: b2,
    };

    // PostGraphile's own cursor for the row at position 99,950.
    const anchorAnswer = (await (
      await fetch(b2.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: POSTGRAPHILE_PAGE,
          variables: { org: seeded.orgId, first: 1, offset: MEMBERS - 51 },
        }),
      })
    ).json()) as { data: { allMemberships: { edges: Array<{ cursor: string }> } } };
    const data = { ...seeded, postgraphileCursor: anchorAnswer.data.allMemberships.edges[0]!.cursor };
    const spec = specs(targets, data, headers);

    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    const resetRoles = () =>
      owner.query(`update membership set role = 'member' where org_id = $1 and id = any($2) and role <> 'member'`, [
        seeded.orgId,
        seeded.roleRows,
      ]);
    for (const target of TARGETS) {
      for (const workload of WORKLOADS) {
        await check(target, workload, spec(target, workload));
        if (workload === 'role') await resetRoles();
      }
    }

    // P1: SQL statements per member page on the requests' connection, for first: 10 and 100,
    // and per role change.
    const countStatements = async (body: string) => {
      await orgplane.call('countStart');
      await fetch(targets.ORGPLANE.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers() },
        body,
      });
      return orgplane.call<StatementCount>('countStop');
    };
    results.P1 = {
      first10: await countStatements(JSON.stringify({ query: MEMBER_PAGE, variables: { first: 10 } })),
      first100: await countStatements(JSON.stringify({ query: MEMBER_PAGE, variables: { first: 100 } })),
      roleChange: await countStatements(firstBody(spec('ORGPLANE', 'role'))),
    };
    await resetRoles();

    // P5: in-process authorization overhead, in ORGPLANE's process while no load runs.
    results.P5 = await orgplane.call<AuthorizationOverhead>('authorizationOverhead', {
      token: currentToken,
      orgId: seeded.orgId,
      rounds: ROUNDS,
    });

    const measure = async (target: BenchProcess, load: LoadSpec): Promise<Sample> => {
      await loader.call('prepare', { spec: load });
      await loader.call('run', { seconds: WARM_UP_SECONDS });
      await idle(target);
      const cpu = target.cpuMs();
      const result = await loader.call<LoadResult>('run', { seconds: SECONDS });
      const used = target.cpuMs() - cpu;
      return { ...result, cpuMsPerRequest: result.requests ? used / result.requests : null };
    };

    // The matrix: every round runs every workload on every target, in an order rotated each round.
    const samples = Object.fromEntries(
      WORKLOADS.map((workload) => [workload, Object.fromEntries(TARGETS.map((target) => [target, [] as Sample[]]))]),
    ) as Record<Workload, Record<TargetName, Sample[]>>;
    for (let round = 0; round < ROUNDS; round++) {
      for (const workload of WORKLOADS) {
        for (const target of rotated(TARGETS, round)) {
          currentToken = await token();
          if (workload === 'role') await resetRoles();
          samples[workload][target].push(await measure(targets[target], spec(target, workload)));
        }
      }
    }
    const cells = Object.fromEntries(
      WORKLOADS.map((workload) => [
        workload,
        Object.fromEntries(TARGETS.map((target) => [target, cell(samples[workload][target])])),
      ]),
    ) as Record<Workload, Record<TargetName, Cell>>;
    results.cells = cells;

    // The cost of row-level security: ORGPLANE's R2 with every policy switched off (the request
    // transaction stays) beside R2 with them, in alternating order.
    const { rows: policyTables } = await owner.query<{ tablename: string }>(
      `select tablename from pg_policies where schemaname = 'public' and policyname = 'tenant_isolation'`,
    );
    const setRls = async (on: boolean) => {
      for (const { tablename } of policyTables) {
        await owner.query(
          `alter table ${owner.escapeIdentifier(tablename)} ${on ? 'enable' : 'disable'} row level security`,
        );
      }
    };
    const rls = { with: [] as Sample[], without: [] as Sample[] };
    try {
      for (let round = 0; round < ROUNDS; round++) {
        for (const on of round % 2 === 0 ? [true, false] : [false, true]) {
          await setRls(on);
          currentToken = await token();
          rls[on ? 'with' : 'without'].push(await measure(targets.ORGPLANE, spec('ORGPLANE', 'R2')));
        }
      }
    } finally {
      await setRls(true);
    }
    const rlsCells = { with: cell(rls.with), without: cell(rls.without) };
    results.rls = rlsCells;

    // P11: ORGPLANE's R2 alone, then beside waves of 200 concurrent failed sign-ins.
    currentToken = await token();
    const quiet = await measure(targets.ORGPLANE, spec('ORGPLANE', 'R2'));
    let flooding = true;
    const flood = floodSignIns(targets.ORGPLANE.url, () => flooding);
    currentToken = await token();
    const flooded = await measure(targets.ORGPLANE, spec('ORGPLANE', 'R2'));
    flooding = false;
    results.P11 = { quiet, flooded, p99Ratio: round2(flooded.p99 / Math.max(quiet.p99, 1)), signIns: await flood };

    // U1–U3, ORGPLANE alone (no baseline meters usage): one usage event per request and batches of
    // USAGE_BATCH beside R2 in the same rounds; the 30-day series of the meter holding a million
    // seeded events beside the same query over the meter holding ten thousand.
    const usageSpec = (workload: UsageWorkload): LoadSpec => {
      const base = { connections: CONNECTIONS, url: targets.ORGPLANE.url, headers: headers() };
      switch (workload) {
        case 'R2':
          return spec('ORGPLANE', 'R2');
        case 'one':
          return { ...base, unique: { template: RECORD_ONE } };
        case 'batch':
          return { ...base, unique: { template: RECORD_BATCH } };
        case 'seriesMany':
          return { ...base, body: usageSeries('workflowRuns') };
        case 'seriesFew':
          return { ...base, body: usageSeries('voiceMinutes') };
      }
    };
    for (const workload of USAGE_WORKLOADS) {
      const body = usageSpec(workload).body ?? usageSpec(workload).unique!.template.replaceAll('__N__', 'check');
      const answer = await (
        await fetch(targets.ORGPLANE.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers() },
          body,
        })
      ).text();
      if (answer.includes('"errors"')) throw new Error(`ORGPLANE ${workload} failed: ${answer.slice(0, 300)}`);
    }
    const usageSamples = Object.fromEntries(USAGE_WORKLOADS.map((workload) => [workload, [] as Sample[]])) as Record<
      UsageWorkload,
      Sample[]
    >;
    for (let round = 0; round < ROUNDS; round++) {
      for (const workload of rotated(USAGE_WORKLOADS, round)) {
        currentToken = await token();
        usageSamples[workload].push(await measure(targets.ORGPLANE, usageSpec(workload)));
      }
    }
    const usageCells = Object.fromEntries(
      USAGE_WORKLOADS.map((workload) => [workload, cell(usageSamples[workload])]),
    ) as Record<UsageWorkload, Cell>;
    results.usage = {
      cells: usageCells,
      seededEvents: USAGE_EVENTS,
      batch: USAGE_BATCH,
      oneRpsVsR2: ratio(usageCells.one, usageCells.R2, (sample) => sample.rps),
      batchEventsPerSecond: range(usageCells.batch.rounds.map((sample) => sample.rps * USAGE_BATCH)),
      seriesP99ManyVsFew: ratio(usageCells.seriesMany, usageCells.seriesFew, (sample) => sample.p99),
    };
    await orgplane.stop();

    // Cold start: spawn → first answered member page (the database is already up and migrated).
    // The last process then serves RSS_REQUESTS member pages and its resident memory is read.
    const coldStarts: number[] = [];
    const rss = { afterStartMiB: 0, afterRequestsMiB: 0, requests: RSS_REQUESTS };
    for (let n = 0; n < COLD_STARTS; n++) {
      const api = await startProcess('ORGPLANE', ORGPLANE_BUILT, apiEnv);
      running.push(api);
      currentToken = await token();
      const body = firstBody(spec('ORGPLANE', 'R2'));
      for (;;) {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers() },
          body,
        }).catch(() => null);
        if (response?.ok && !(await response.text()).includes('"errors"')) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      coldStarts.push(performance.now() - api.spawnedAt);
      if (n === COLD_STARTS - 1) {
        rss.afterStartMiB = api.rssMiB();
        await loader.call('prepare', { spec: { ...spec('ORGPLANE', 'R2'), url: `${api.url}/graphql` } });
        await loader.call('run', { amount: RSS_REQUESTS });
        rss.afterRequestsMiB = api.rssMiB();
      }
      await api.stop();
    }
    results.coldStartMs = { runs: coldStarts.map(Math.round), ...range(coldStarts) };
    results.rss = rss;
    await owner.end();

    // The issue's acceptance ratios, round by round (the same round's cells).
    const cpu = (sample: Sample) => sample.cpuMsPerRequest;
    results.ratios = {
      r2CpuVsB1a: ratio(cells.R2.ORGPLANE, cells.R2.B1a, cpu),
      r2CpuVsB2: ratio(cells.R2.ORGPLANE, cells.R2.B2, cpu),
      r3p99VsR2p99: ratio(cells.R3.ORGPLANE, cells.R2.ORGPLANE, (sample) => sample.p99),
      roleCpuVsB2: ratio(cells.role.ORGPLANE, cells.role.B2, cpu),
      r2RpsVsB1: ratio(cells.R2.ORGPLANE, cells.R2.B1, (sample) => sample.rps),
      r2RpsVsB0: ratio(cells.R2.ORGPLANE, cells.R2.B0, (sample) => sample.rps),
      r3RpsVsB2: ratio(cells.R3.ORGPLANE, cells.R3.B2, (sample) => sample.rps),
      rlsRps: ratio(rlsCells.without, rlsCells.with, (sample) => sample.rps),
    };

    for (const child of running.splice(0)) await child.stop();

    // M1, M2: mail delivery, with an API of its own (jobs on, SMTP to loopback) on its own database.
    results.mail = await benchMail({
      adminUrl: cluster.url,
      urlFor: (name) => cluster.urlFor(name),
      dataDir: root,
      logger,
    });
  } finally {
    for (const child of running) await child.stop();
    await cluster.stop();
    await rm(root, { recursive: true, force: true });
  }

  const out = path.join(REPO_ROOT, 'bench-results');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  print(results);
  console.log(`\nwritten: ${path.relative(process.cwd(), path.join(out, 'bench.json'))}`);
}

interface FloodResult {
  signIns: number;
  rateLimited429: number;
  invalidCredentials: number;
  other: number;
}

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { tokens { accessToken } }
}`;

/** Waves of `FLOOD` concurrent failed sign-ins (unknown accounts, distinct addresses) while `going()`. */
async function floodSignIns(url: string, going: () => boolean): Promise<FloodResult> {
  const result: FloodResult = { signIns: 0, rateLimited429: 0, invalidCredentials: 0, other: 0 };
  let sent = 0;
  while (going()) {
    await Promise.all(
      Array.from({ length: FLOOD }, async () => {
        sent += 1;
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`,
          },
          body: JSON.stringify({
            query: SIGN_IN,
            variables: { email: `flood-${sent}@example.com`, password: 'not the password' },
          }),
        });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        const code = body.errors?.[0]?.extensions?.code;
        result.signIns += 1;
        if (response.status === 429 && code === 'RATE_LIMITED') result.rateLimited429 += 1;
        else if (code === 'INVALID_CREDENTIALS') result.invalidCredentials += 1;
        else result.other += 1;
      }),
    );
  }
  return result;
}

/** The human table: measure, value (median and range over the rounds), target. */
function print(results: Record<string, unknown>): void {
  const cells = results.cells as Record<Workload, Record<TargetName, Cell>>;
  const ratios = results.ratios as Record<string, Range | null>;
  const p1 = results.P1 as { first10: StatementCount; first100: StatementCount; roleChange: StatementCount };
  const p5 = results.P5 as AuthorizationOverhead;
  const rls = results.rls as { with: Cell; without: Cell };
  const p11 = results.P11 as { quiet: Sample; flooded: Sample; p99Ratio: number; signIns: FloodResult };
  const coldStart = results.coldStartMs as Range & { runs: number[] };
  const rss = results.rss as { afterStartMiB: number; afterRequestsMiB: number; requests: number };
  const mail = results.mail as MailBenchResult;
  const usage = results.usage as {
    cells: Record<UsageWorkload, Cell>;
    oneRpsVsR2: Range | null;
    batchEventsPerSecond: Range | null;
    seriesP99ManyVsFew: Range | null;
  };
  const names: Record<TargetName, string> = {
    ORGPLANE: 'ORGPLANE',
    B0: 'B0 node:http+pg',
    B1: 'B1 Apollo',
    B1a: 'B1a Apollo+auth',
    B2: 'B2 PostGraphile',
  };
  const workloadNames: Record<Workload, string> = { R2: 'R2 first page', R3: 'R3 deep page', role: 'role change' };
  const rows: string[][] = [
    ['measure', 'value: median (min–max)', 'target'],
    ['seeded members; rounds × seconds', `${MEMBERS}; ${ROUNDS} × ${SECONDS} s after ${WARM_UP_SECONDS} s warm-up`, ''],
    ['R2 server CPU/request ÷ B1a', show(ratios.r2CpuVsB1a), '≤ 1.1'],
    ['R2 server CPU/request ÷ B2 PostGraphile', show(ratios.r2CpuVsB2), '≤ 0.7'],
    ['P2 R3 p99 ÷ R2 p99', show(ratios.r3p99VsR2p99), '≤ 1.2'],
    ['role change CPU/request ÷ B2', show(ratios.roleCpuVsB2), '≤ 2'],
    [
      'statements per role change (+ BEGIN/COMMIT…)',
      `${p1.roleChange.statements} (+${p1.roleChange.transactionControl})`,
      '≤ 5',
    ],
    [
      'P1 statements per member page, first 10 / 100 (+ BEGIN/COMMIT)',
      `${p1.first10.statements} / ${p1.first100.statements} (+${p1.first10.transactionControl})`,
      '≤ 3, equal',
    ],
    ['cold start: spawn → first member page', show(coldStart, 0, ' ms'), '≤ 1500 ms'],
    [
      `RSS after ${rss.requests} member pages`,
      `${rss.afterRequestsMiB} MiB (${rss.afterStartMiB} MiB at start)`,
      '≤ 150 MiB',
    ],
    ['R2 rps ÷ B1 / ÷ B0', `${show(ratios.r2RpsVsB1)} / ${show(ratios.r2RpsVsB0)}`, ''],
    ['R3 rps ÷ B2 PostGraphile', show(ratios.r3RpsVsB2), ''],
    [
      'P5 authorization overhead, 50 / 100 rows',
      `${show(range(p5.rows50))}× / ${show(range(p5.rows100))}×`,
      '≤ 1.25× / ≤ 1.5×',
    ],
    ['P6 R2 p99', show(cells.R2.ORGPLANE.p99, 0, ' ms'), '≤ 35 ms'],
    [
      'R2 without RLS policies: rps, CPU ms/request; rps ÷ with',
      `${show(rls.without.rps, 0)}, ${show(rls.without.cpuMsPerRequest)}; ${show(ratios.rlsRps)}`,
      '(cost of the second wall)',
    ],
    [
      'R2 with RLS policies (same rounds): rps, CPU ms/request',
      `${show(rls.with.rps, 0)}, ${show(rls.with.cpuMsPerRequest)}`,
      '',
    ],
    [
      'P11 R2 p99 quiet → beside 200-sign-in flood (one round)',
      p11.flooded.requests === 0
        ? `${p11.quiet.p99} ms → no R2 request completed in the window`
        : `${p11.quiet.p99} ms → ${p11.flooded.p99} ms (×${p11.p99Ratio}), R2 errors ${p11.flooded.errors}`,
      '≤ +20 %, 0 errors',
    ],
    [
      'P11 flood sign-ins: 429 / checked / other',
      `${p11.signIns.rateLimited429} / ${p11.signIns.invalidCredentials} / ${p11.signIns.other}`,
      'excess get 429',
    ],
    [
      'M1 outbox to SMTP on loopback: mails per second',
      `${mail.throughput.perSecond}/s (${mail.throughput.delivered} of ${mail.throughput.mails} in ${mail.throughput.seconds} s; ${mail.throughput.cpuMsPerMail} ms CPU each)`,
      '≥ 200/s',
    ],
    [
      'M2 50-address invitation: request, all 50 mails arrived',
      `${mail.invitation50.requestMs} ms, ${mail.invitation50.delivered === 50 ? '' : `only ${mail.invitation50.delivered} by `}${mail.invitation50.seconds} s`,
      '',
    ],
    ['U1 recordUsage, one event per request: rps ÷ R2 rps', show(usage.oneRpsVsR2), ''],
    [
      `U2 batched ingest (${USAGE_BATCH} events per request, ${CONNECTIONS} connections): events/s`,
      show(usage.batchEventsPerSecond, 0),
      '',
    ],
    [
      `U3 usage series p99, ${USAGE_EVENTS.workflowRuns} ÷ ${USAGE_EVENTS.voiceMinutes} events`,
      show(usage.seriesP99ManyVsFew),
      '≤ 1.5',
    ],
    ...USAGE_WORKLOADS.map((workload) => {
      const { rps, p50, p99, errors, cpuMsPerRequest } = usage.cells[workload];
      return [
        `usage round ${workload}, ORGPLANE: rps, p50, p99, errors, CPU ms/req`,
        `${show(rps, 0)}, ${show(p50, 0, ' ms')}, ${show(p99, 0, ' ms')}, ${show(errors, 0)}, ${show(cpuMsPerRequest)}`,
        '',
      ];
    }),
    ...WORKLOADS.flatMap((workload) =>
      TARGETS.map((target) => {
        const { rps, p50, p99, errors, cpuMsPerRequest } = cells[workload][target];
        return [
          `${workloadNames[workload]}, ${names[target]}: rps, p50, p99, errors, CPU ms/req`,
          `${show(rps, 0)}, ${show(p50, 0, ' ms')}, ${show(p99, 0, ' ms')}, ${show(errors, 0)}, ${show(cpuMsPerRequest)}`,
          '',
        ];
      }),
    ),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((text, column) => text.padEnd(widths[column]!)).join('  '));
}

await main();
