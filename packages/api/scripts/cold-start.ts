/**
 * Measures the API's cold start: the time from spawning the process to the first answered GraphQL
 * request, with the database already running (so the embedded PostgreSQL's own start is not
 * counted). Prints every run and the median.
 *
 *   pnpm --filter @orgplane/api cold-start [--runs 5] [--tsx]
 *
 * It builds the API (`scripts/build.ts`), starts a throwaway embedded PostgreSQL and migrates it,
 * then spawns `node dist/main.js` in production mode, once unmeasured (it creates the application
 * role, and the files are read once) and then `--runs` times, each polling `abilityCatalog` until
 * it answers. `--tsx` spawns the development path (`node --import tsx src/main.ts`) instead.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createDatabaseIfMissing } from '../src/database/database.ts';
import { startEmbeddedDatabase } from '../src/database/embedded.ts';
import { createOrm, migrate } from '../src/database/orm.ts';
import { freePort } from '../test/support/ports.ts';
import { buildApi } from './build.ts';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUERY = JSON.stringify({ query: '{ abilityCatalog { roles { id } } }' });

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, tsx: { type: 'boolean' } } });
const runs = Number(values.runs);
const command = values.tsx ? ['--import', 'tsx', 'src/main.ts'] : ['dist/main.js'];
if (!values.tsx) await buildApi();

const logger = pino({ level: 'warn' });
// mkdtemp makes a 0700 folder; the postgres OS user must be able to traverse it.
const root = await mkdtemp(path.join(os.tmpdir(), 'orgplane-cold-start-'));
await chmod(root, 0o755);
const cluster = await startEmbeddedDatabase({ dataDir: path.join(root, 'postgres'), port: await freePort(), logger });
try {
  await createDatabaseIfMissing(cluster.url, 'orgplane');
  const orm = await createOrm({ clientUrl: cluster.urlFor('orgplane'), poolMax: 1, logger });
  await migrate(orm).finally(() => orm.close());

  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: cluster.urlFor('orgplane'),
    DATA_DIR: path.join(root, 'data'),
    JWT_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    JWT_KEY_ID: 'cold-start',
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  await startOnce(env);
  const starts: Start[] = [];
  for (let run = 0; run < runs; run += 1) starts.push(await startOnce(env));
  console.log(`cold start of ${command.join(' ')}, ${runs} runs (ms)`);
  console.log(
    summary(
      'to the first answer',
      starts.map((start) => start.wallMs),
    ),
  );
  const figures = starts.map((start) => start.proc).filter((proc) => proc !== null);
  if (figures.length === starts.length) {
    console.log(
      summary(
        'CPU of the API by then',
        figures.map((proc) => proc.cpuMs),
      ),
    );
    console.log(
      summary(
        'less its main thread waiting for a CPU',
        starts.map((start, index) => start.wallMs - (figures[index]?.cpuWaitMs ?? 0)),
      ),
    );
  }
} finally {
  await cluster.stop();
  await rm(root, { recursive: true, force: true });
}

interface Start {
  /** From spawning the process to the first answer. */
  wallMs: number;
  /** What Linux counted for the process by then (null without /proc). */
  proc: ProcessTimes | null;
}

interface ProcessTimes {
  /** CPU time (user + system) of all its threads. */
  cpuMs: number;
  /**
   * How long its main thread was ready to run but waited for a CPU: subtracted from the wall
   * time, an estimate of the start on a machine where nothing else runs.
   */
  cpuWaitMs: number;
}

/** Spawns the API, waits for its first answered query, and stops it. */
async function startOnce(env: NodeJS.ProcessEnv): Promise<Start> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, command, {
    cwd: API_ROOT,
    env: { ...env, HOST: '127.0.0.1', API_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ended = false;
  void exited.then(() => (ended = true));
  try {
    while (!(await answers(port))) {
      if (ended) throw new Error(`The API exited before answering:\n${errors}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const wallMs = performance.now() - started;
    return { wallMs, proc: await processTimes(child.pid) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** A running process's times from /proc/<pid>/stat and /proc/<pid>/schedstat (Linux); null elsewhere. */
async function processTimes(pid: number | undefined): Promise<ProcessTimes | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th,
    // in clock ticks of 10 ms (USER_HZ is 100 on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // The main thread's time on a CPU and time waiting on a run queue, in nanoseconds.
    const [, waitNs] = (await readFile(`/proc/${pid}/schedstat`, 'utf8')).split(' ');
    return { cpuMs: (Number(fields[11]) + Number(fields[12])) * 10, cpuWaitMs: Number(waitNs) / 1e6 };
  } catch {
    return null;
  }
}

/** `label: median (min–max): each run`. */
function summary(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const round = (value: number | undefined) => (value ?? Number.NaN).toFixed(0);
  return `${label}: median ${round(median)} (${round(sorted[0])}–${round(sorted.at(-1))}): ${values.map(round).join(', ')}`;
}

/** Whether the API answered the query; false while nothing listens, throws on any other answer. */
async function answers(port: number): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUERY,
    });
  } catch {
    return false;
  }
  if (response.status !== 200) throw new Error(`The API answered ${response.status}: ${await response.text()}`);
  return true;
}
