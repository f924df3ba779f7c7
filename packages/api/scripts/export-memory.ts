/**
 * Measures the API's memory while it streams a large export: seeds 1,000,000 usage events in a
 * throwaway embedded PostgreSQL, starts the built API as a child process (production mode),
 * downloads the CSV export of all of them, and samples the server's resident set size
 * (`VmRSS` in /proc/<pid>/status) every 20 ms meanwhile.
 *
 *   pnpm --filter @orgplane/api export-memory [--rows 1000000] [--format csv|json] [--tsx]
 *
 * Prints rows, bytes, seconds, and RSS before, at its peak and the growth. "Before" is read after
 * a small export has run once (so the code paths are loaded) and a garbage collection settled.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
import { createDatabaseIfMissing } from '../src/database/database.ts';
import { startEmbeddedDatabase } from '../src/database/embedded.ts';
import { graphqlClient } from '../test/support/graphql-client.ts';
import { as, signUpUser } from '../test/support/identity.ts';
import { freePort } from '../test/support/ports.ts';
import { buildApi } from './build.ts';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CREATE_EXPORT = `mutation($input: CreateUsageExportInput!) { createUsageExport(input: $input) { url filename } }`;

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    format: { type: 'string', default: 'csv' },
    tsx: { type: 'boolean' },
  },
});
const rows = Number(values.rows);
const format = values.format === 'json' ? 'JSON' : 'CSV';
const command = values.tsx ? ['--import', 'tsx', 'src/main.ts'] : ['dist/main.js'];
if (!values.tsx) await buildApi();

const logger = pino({ level: 'warn' });
// mkdtemp makes a 0700 folder; the postgres OS user must be able to traverse it.
const root = await mkdtemp(path.join(os.tmpdir(), 'orgplane-export-memory-'));
await chmod(root, 0o755);
const cluster = await startEmbeddedDatabase({ dataDir: path.join(root, 'postgres'), port: await freePort(), logger });
await createDatabaseIfMissing(cluster.url, 'orgplane');
const port = await freePort();
const child = spawn(process.execPath, command, {
  cwd: API_ROOT,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    API_PORT: String(port),
    DATABASE_URL: cluster.urlFor('orgplane'),
    DATA_DIR: path.join(root, 'data'),
    LOG_LEVEL: 'warn',
    JWT_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    JWT_KEY_ID: 'export-memory',
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
try {
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (!(await ready(url))) {
    if (child.exitCode !== null) throw new Error('The API exited before it was ready.');
    if (Date.now() - started > 120_000) throw new Error('The API was not ready within 2 minutes.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const api = graphqlClient(url);
  const owner = await signUpUser(api);

  const seedStarted = Date.now();
  const client = new pg.Client({ connectionString: cluster.urlFor('orgplane') });
  await client.connect();
  await client.query(
    `insert into usage_event (org_id, meter, quantity, credits, membership_id, model, occurred_at, source, idempotency_key,
                              period_starts_at)
     select $1, (array['workflowRuns', 'voiceMinutes', 'toolSpend', 'ragTokens'])[1 + g % 4], 1 + g % 1000, g % 50,
            case when g % 3 = 0 then gen_random_uuid() end, case when g % 5 = 0 then 'gpt-4o' end,
            '2026-01-01T00:00:00Z'::timestamptz + g * interval '10 seconds', 'memory-' || (g % 7), 'key-' || g, (select period_starts_at from subscription where org_id = $1)
       from generate_series(0, $2 - 1) g`,
    [owner.orgId, rows],
  );
  await client.query('analyze usage_event');
  await client.end();
  console.log(`seeded ${rows} events in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

  const range = { from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' };
  const exportOf = async (input: Record<string, string>) => {
    const created = await api.graphql<{ createUsageExport: { url: string; filename: string } }>(
      CREATE_EXPORT,
      { input: { kind: 'USAGE_EVENTS', format, ...input } },
      as(owner, owner.orgId),
    );
    if (!created.data?.createUsageExport) throw new Error(JSON.stringify(created.errors));
    return created.data.createUsageExport;
  };
  // Warm up: one small export, so the code paths are loaded before "before" is read.
  const warm = await exportOf({ from: range.from, to: '2026-01-01T01:00:00Z' });
  await (await fetch(`${url}${warm.url}`)).text();
  await new Promise((resolve) => setTimeout(resolve, 1000));

  const link = await exportOf(range);
  const before = await rssKiB(child.pid!);
  let peak = before;
  const sampler = setInterval(() => {
    void rssKiB(child.pid!).then((rss) => (peak = Math.max(peak, rss)));
  }, 20);
  const downloadStarted = performance.now();
  const response = await fetch(`${url}${link.url}`);
  if (response.status !== 200) throw new Error(`download answered ${response.status}: ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  // RSS as the download goes (each fifth of the rows): flat, not growing with the rows read.
  const progress: string[] = [];
  let nextMark = 0.2;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) lines += 1;
    if (lines >= rows * nextMark) {
      progress.push(`${Math.round(nextMark * 100)}%: ${((await rssKiB(child.pid!)) / 1024).toFixed(1)} MiB`);
      nextMark += 0.2;
    }
  }
  const seconds = (performance.now() - downloadStarted) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, await rssKiB(child.pid!));
  // CSV: a header line, then one line per row. JSON: "[", one line per row, "]".
  const exported = format === 'CSV' ? lines - 1 : lines - 2;
  const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
  console.log(`export ${link.filename} (${command.join(' ')})`);
  console.log(`rows ${exported} (seeded ${rows}), bytes ${bytes} (${mib(bytes / 1024)}), ${seconds.toFixed(2)} s`);
  console.log(`server RSS before ${mib(before)}, peak ${mib(peak)}, growth ${mib(peak - before)}`);
  console.log(`server RSS during the download: ${progress.join(', ')}`);
  if (exported !== rows) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  await exited;
  await cluster.stop();
  await rm(root, { recursive: true, force: true });
}

/** The process's resident set size in KiB (`VmRSS` from /proc/<pid>/status). */
async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match) throw new Error(`No VmRSS for ${pid}`);
  return Number(match[1]);
}

async function ready(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/readyz`)).status === 200;
  } catch {
    return false;
  }
}
