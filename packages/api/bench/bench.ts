/**
 * `pnpm bench`: the member page of a seeded 100,000-member organization, measured against
 * baselines run in the same invocation. Prints a table and writes
 * bench-results/bench.json. Not a test: nothing here asserts a duration.
 *
 * R2 the first page (first: 50), R3 a page near the end (position ~99,950), both over HTTP with
 * autocannon at 1 and 10 connections; B0 a bare node:http + pg handler running the same SQL;
 * B1 a bare Apollo Server with a hand-written SQL resolver; P1 SQL statements per request;
 * P5 in-process authorization overhead (the same execution with and without the rules); P11 R2 at
 * 10 connections with and without a flood of 200 concurrent failed sign-ins beside it (waves of
 * 200, each from its own address, for as long as R2 is measured). M1 and M2 (bench/mail.ts): the
 * outbox's delivery rate to an SMTP server on loopback, and a 50-address invitation's mail.
 */
import 'reflect-metadata';
import { mkdir, mkdtemp, chmod, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import autocannon from 'autocannon';
import { execute, parse } from 'graphql';
import pg from 'pg';
import { pino } from 'pino';
import { parseConfig, REPO_ROOT } from '../src/config.ts';
import { createDatabaseIfMissing } from '../src/database/database.ts';
import { startEmbeddedDatabase } from '../src/database/embedded.ts';
import { resolveCaller } from '../src/graphql/caller.ts';
import type { Context } from '../src/graphql/context.ts';
import { applyAuthorization } from '../src/graphql/authorization.ts';
import { buildBareSchema, RULES } from '../src/graphql/schema.ts';
import { startServer } from '../src/server.ts';
import { freePort } from '../test/support/ports.ts';
import { benchMail, type MailBenchResult } from './mail.ts';

const MEMBERS = 100_000;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const logger = pino({ level: 'warn' });

const MEMBER_PAGE = /* GraphQL */ `
  query MemberPage($first: Int!, $after: String) {
    members(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          role
          status
          joinedAt
          user {
            id
            email
            displayName
            lastSignInAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const PAGE_SQL = `
  select m.id, m.role, m.status, m.created_at, u.id as user_id, u.email, u.display_name, u.last_sign_in_at
    from membership m join app_user u on u.id = m.user_id
   where m.org_id = $1 and ($2::timestamptz is null or (m.created_at, m.id) > ($2::timestamptz, $3::uuid))
   order by m.created_at, m.id
   limit $4`;

async function seed(url: string): Promise<{ orgId: string; ownerId: string; sessionId: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const {
      rows: [org],
    } = await client.query<{ id: string }>(
      `insert into organization (name, slug) values ('Bench Corp', 'bench-corp') returning id`,
    );
    // Deterministic: user n joins at a fixed instant plus n seconds; roles by rank (1 owner, 9 admins,
    // 90 managers, then members, and the last 10,000 viewers).
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
    const {
      rows: [session],
    } = await client.query<{ id: string }>(
      `insert into session (user_id, expires_at) values (md5('user1')::uuid, now() + interval '1 day') returning id`,
    );
    await client.query('commit');
    await client.query('analyze');
    return {
      orgId: org!.id,
      ownerId: (await client.query<{ id: string }>(`select md5('user1')::uuid as id`)).rows[0]!.id,
      sessionId: session!.id,
    };
  } finally {
    await client.end();
  }
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(
  url: string,
  body: string,
  headers: Record<string, string>,
  connections: number,
): Promise<LoadResult> {
  const options = {
    url,
    method: 'POST' as const,
    body,
    headers: { 'content-type': 'application/json', ...headers },
    connections,
  };
  await autocannon({ ...options, duration: 1 }); // warm-up
  const result = await autocannon({ ...options, duration: DURATION_SECONDS });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { tokens { accessToken } }
}`;
const FLOOD = 200;

interface FloodResult {
  signIns: number;
  rateLimited429: number;
  invalidCredentials: number;
  other: number;
}

/** Waves of `FLOOD` concurrent failed sign-ins (unknown accounts, distinct addresses) until `done()`. */
async function flood(url: string, done: () => boolean): Promise<FloodResult> {
  const result: FloodResult = { signIns: 0, rateLimited429: 0, invalidCredentials: 0, other: 0 };
  let sent = 0;
  while (!done()) {
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

/** B0: the same SQL behind a bare node:http handler. */
async function startBareHttp(url: string, orgId: string): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const { after } = JSON.parse(body || '{}') as { after?: [string, string] };
      const { rows } = await pool.query(PAGE_SQL, [orgId, after?.[0] ?? null, after?.[1] ?? null, 51]);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ rows: rows.slice(0, 50), hasNextPage: rows.length > 50 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.close();
      await pool.end();
    },
  };
}

/** B1: a bare Apollo Server with a hand-written SQL resolver (no authorization, no ORM). */
async function startBareApollo(url: string, orgId: string): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const server = new ApolloServer({
    typeDefs: `
      type User { id: ID! email: String! displayName: String! lastSignInAt: String }
      type Member { id: ID! role: String! status: String! joinedAt: String! user: User! }
      type MemberEdge { cursor: String! node: Member! }
      type PageInfo { hasNextPage: Boolean! endCursor: String }
      type MemberConnection { edges: [MemberEdge!]! pageInfo: PageInfo! }
      type Query { members(first: Int!, after: String): MemberConnection! }`,
    resolvers: {
      Query: {
        members: async (_: unknown, args: { first: number; after?: string | null }) => {
          const after = args.after
            ? (JSON.parse(Buffer.from(args.after, 'base64url').toString()) as [string, string])
            : null;
          const { rows } = await pool.query(
            PAGE_SQL.replace('m.created_at,', 'm.created_at, m.created_at::text as created_key,'),
            [orgId, after?.[0] ?? null, after?.[1] ?? null, args.first + 1],
          );
          const edges = rows.slice(0, args.first).map((row) => ({
            cursor: Buffer.from(JSON.stringify([row.created_key, row.id])).toString('base64url'),
            node: {
              id: row.id,
              role: row.role,
              status: row.status,
              joinedAt: String(row.created_at),
              user: {
                id: row.user_id,
                email: row.email,
                displayName: row.display_name,
                lastSignInAt: row.last_sign_in_at,
              },
            },
          }));
          return {
            edges,
            pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
          };
        },
      },
    },
  });
  const { url: serverUrl } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url: serverUrl.replace(/\/$/, ''),
    close: async () => {
      await server.stop();
      await pool.end();
    },
  };
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
  const results: Record<string, unknown> = {
    members: MEMBERS,
    durationSeconds: DURATION_SECONDS,
    connections: [1, 10],
  };
  try {
    await createDatabaseIfMissing(cluster.url, 'bench');
    const url = cluster.urlFor('bench');
    const config = parseConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url,
      API_PORT: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: root,
      JOBS_ENABLED: 'false',
      JWT_PRIVATE_KEY: (await import('node:crypto'))
        .generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      JWT_KEY_ID: 'bench',
      DATA_ENCRYPTION_KEY: (await import('node:crypto')).randomBytes(32).toString('base64'),
    });
    const api = await startServer(config, logger);
    const seeding = performance.now();
    const { orgId, ownerId, sessionId } = await seed(url);
    results.seedSeconds = Math.round((performance.now() - seeding) / 100) / 10;
    const { token } = await api.services.accessTokens.issue({ userId: ownerId, sessionId });
    const headers = { authorization: `Bearer ${token}`, 'x-tenant-id': orgId };

    // The cursor of the page starting near position 99,950, and a check that both pages answer.
    const nearEnd = new pg.Client({ connectionString: url });
    await nearEnd.connect();
    const {
      rows: [anchor],
    } = await nearEnd.query<{ created_key: string; id: string }>(
      `select created_at::text as created_key, id from membership where org_id = $1 order by created_at, id offset 99949 limit 1`,
      [orgId],
    );
    await nearEnd.end();
    const cursor = Buffer.from(JSON.stringify([anchor!.created_key, anchor!.id])).toString('base64url');
    const r2 = JSON.stringify({ query: MEMBER_PAGE, variables: { first: 50 } });
    const r3 = JSON.stringify({ query: MEMBER_PAGE, variables: { first: 50, after: cursor } });
    for (const body of [r2, r3]) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      const json = (await response.json()) as { errors?: unknown; data?: { members: { edges: unknown[] } } };
      if (json.errors || json.data?.members.edges.length !== 50)
        throw new Error(`member page failed: ${JSON.stringify(json).slice(0, 300)}`);
    }

    // P1: SQL statements per request, counted on the requests' connection (the application role),
    // for first: 10 and 100. BEGIN and COMMIT of the request transaction are counted apart.
    let statements = 0;
    let transactionControl = 0;
    api.services.appOrm.em.getKnex().on('query', (query: { sql: string }) => {
      if (/^\s*(begin|commit|rollback|savepoint|release)\b/i.test(query.sql)) transactionControl += 1;
      else statements += 1;
    });
    const countStatements = async (first: number) => {
      statements = 0;
      transactionControl = 0;
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: MEMBER_PAGE, variables: { first } }),
      });
      return statements;
    };
    results.P1 = {
      first10: await countStatements(10),
      first100: await countStatements(100),
      transactionControl,
      note: 'auth + tenant check (which also enters the tenant for RLS), then data; plus BEGIN/COMMIT',
    };

    // P5: in-process authorization overhead per execution.
    const bare = await buildBareSchema();
    const guarded = applyAuthorization(await buildBareSchema(), RULES);
    const em = api.services.orm.em.fork();
    const caller = await resolveCaller(em, api.services.accessTokens, `Bearer ${token}`, orgId);
    const context = (): Context => ({
      em: api.services.orm.em.fork(),
      requestId: 'bench',
      logger,
      meta: { ip: '127.0.0.1', userAgent: null },
      socketAddress: '127.0.0.1',
      refreshCookie: { value: null, set: () => {}, clear: () => {} },
      deviceCookie: { value: null, set: () => {} },
      services: api.services,
      ...caller,
    });
    const document = parse(MEMBER_PAGE);
    const timeExecutions = async (schema: typeof bare, first: number) => {
      const runs = 200;
      for (let i = 0; i < 20; i++)
        await execute({ schema, document, variableValues: { first }, contextValue: context() });
      const started = process.cpuUsage();
      for (let i = 0; i < runs; i++)
        await execute({ schema, document, variableValues: { first }, contextValue: context() });
      const used = process.cpuUsage(started);
      return (used.user + used.system) / runs / 1000;
    };
    const p5: Record<string, number> = {};
    for (const first of [50, 100]) {
      const plain = await timeExecutions(bare, first);
      const withRules = await timeExecutions(guarded, first);
      p5[`rows${first}`] = Math.round((withRules / plain) * 100) / 100;
    }
    results.P5 = { ...p5, note: 'CPU per execution with authorization ÷ without (SQL included on both sides)' };

    // Load: product R2 and R3, and the baselines.
    const b0 = await startBareHttp(url, orgId);
    const b1 = await startBareApollo(url, orgId);
    const b1Body = JSON.stringify({
      query: MEMBER_PAGE.replace(
        'query MemberPage($first: Int!, $after: String)',
        'query($first: Int!, $after: String)',
      ),
      variables: { first: 50 },
    });
    const load10: Record<string, LoadResult> = {};
    const load1: Record<string, LoadResult> = {};
    for (const [connections, target] of [
      [1, load1],
      [10, load10],
    ] as const) {
      target.R2 = await load(`${api.url}/graphql`, r2, headers, connections);
      target.R3 = await load(`${api.url}/graphql`, r3, headers, connections);
      target.B0 = await load(b0.url, JSON.stringify({}), {}, connections);
      target.B1 = await load(`${b1.url}/`, b1Body, { 'apollo-require-preflight': 'true' }, connections);
    }
    await b0.close();
    await b1.close();
    // The cost of row-level security: R2 again with every policy switched off (the request
    // transaction stays), so the difference is what the policies themselves cost.
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    const { rows: policyTables } = await owner.query<{ tablename: string }>(
      `select tablename from pg_policies where schemaname = 'public' and policyname = 'tenant_isolation'`,
    );
    for (const { tablename } of policyTables) {
      await owner.query(`alter table ${owner.escapeIdentifier(tablename)} disable row level security`);
    }
    load10.R2noRls = await load(`${api.url}/graphql`, r2, headers, 10);
    for (const { tablename } of policyTables) {
      await owner.query(`alter table ${owner.escapeIdentifier(tablename)} enable row level security`);
    }
    await owner.end();
    results.rlsCost = Math.round((load10.R2noRls.rps / Math.max(load10.R2!.rps, 1)) * 100) / 100;
    results.load = { connections1: load1, connections10: load10 };
    results.P2 = Math.round((load10.R3!.p99 / Math.max(load10.R2!.p99, 1)) * 100) / 100;
    results.P3 = Math.round((load10.R2!.rps / load10.B1!.rps) * 100) / 100;
    results.P6 = { r2p99ms: load10.R2!.p99 };
    results.vsB0 = Math.round((load10.R2!.rps / load10.B0!.rps) * 100) / 100;

    // P11: R2 at 10 connections alone, then with the sign-in flood beside it.
    const quiet = await load(`${api.url}/graphql`, r2, headers, 10);
    let measured = false;
    const flooding = flood(`${api.url}/graphql`, () => measured);
    const flooded = await load(`${api.url}/graphql`, r2, headers, 10);
    measured = true;
    const signIns = await flooding;
    results.P11 = {
      quiet,
      flooded,
      p99Ratio: Math.round((flooded.p99 / Math.max(quiet.p99, 1)) * 100) / 100,
      signIns,
    };
    await api.stop();

    // M1, M2: mail delivery, with an API of its own (jobs on, SMTP to loopback) on its own database.
    results.mail = await benchMail({
      adminUrl: cluster.url,
      urlFor: (name) => cluster.urlFor(name),
      dataDir: root,
      logger,
    });
  } finally {
    await cluster.stop();
    await rm(root, { recursive: true, force: true });
  }

  const out = path.join(REPO_ROOT, 'bench-results');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  const load10 = (results.load as { connections10: Record<string, LoadResult> }).connections10;
  const load1 = (results.load as { connections1: Record<string, LoadResult> }).connections1;
  const p11 = results.P11 as { quiet: LoadResult; flooded: LoadResult; p99Ratio: number; signIns: FloodResult };
  const mail = results.mail as MailBenchResult;
  const rows = [
    ['measure', 'value', 'target'],
    ['seeded members', String(MEMBERS), ''],
    [
      'P1 SQL statements per member page (first 10 / 100)',
      `${(results.P1 as { first10: number }).first10} / ${(results.P1 as { first100: number }).first100}`,
      '≤ 3, equal',
    ],
    ['P2 R3 p99 ÷ R2 p99 (10 conn)', String(results.P2), '≤ 1.2'],
    ['P3 R2 rps ÷ B1 bare Apollo (10 conn)', String(results.P3), '≥ 0.85'],
    [
      'P5 authorization overhead (50 / 100 rows)',
      `${(results.P5 as { rows50: number }).rows50}× / ${(results.P5 as { rows100: number }).rows100}×`,
      '≤ 1.25× / ≤ 1.5×',
    ],
    ['P6 R2 p99 at 10 connections', `${load10.R2!.p99} ms`, '≤ 35 ms'],
    ['R2 ÷ B0 bare node:http + pg (10 conn)', String(results.vsB0), '(ceiling)'],
    [
      'R2 without RLS policies: rps, p99 (10 conn); rps ÷ with',
      `${load10.R2noRls!.rps}, ${load10.R2noRls!.p99} ms; ${String(results.rlsCost)}`,
      '(cost of the second wall)',
    ],
    [
      'P11 R2 p99 quiet → beside 200-sign-in flood (10 conn)',
      p11.flooded.rps === 0
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
    ...(['R2', 'R3', 'B0', 'B1'] as const).flatMap((name) => [
      [
        `${name} 1 conn: rps, p50, p99, errors`,
        `${load1[name]!.rps}, ${load1[name]!.p50} ms, ${load1[name]!.p99} ms, ${load1[name]!.errors}`,
        '',
      ],
      [
        `${name} 10 conn: rps, p50, p99, errors`,
        `${load10[name]!.rps}, ${load10[name]!.p50} ms, ${load10[name]!.p99} ms, ${load10[name]!.errors}`,
        '',
      ],
    ]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  console.log(`\nwritten: ${path.relative(process.cwd(), path.join(out, 'bench.json'))}`);
}

await main();
