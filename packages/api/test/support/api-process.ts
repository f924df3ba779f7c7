import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphqlClient, type GraphQLClient } from './graphql-client.ts';
import { freePort } from './ports.ts';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The API running as its own process, exactly as `pnpm start` runs it. */
export interface ApiProcess extends GraphQLClient {
  readonly url: string;
  readonly pid: number;
  /** Everything the process printed so far (JSON log lines). */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  readonly exited: Promise<number | NodeJS.Signals>;
  /** SIGTERM, then waits for a graceful exit (SIGKILL to the group after 60 s). */
  stop(): Promise<number | NodeJS.Signals>;
}

export interface ApiProcessOptions {
  /** A built server (`dist/main.js` of `scripts/build.ts`) to run instead of `src/main.ts` with tsx. */
  readonly built?: string;
  readonly timeoutMs?: number;
}

/**
 * Spawns `node --import tsx src/main.ts` (or the built server) in its own process group on a free
 * port and resolves once `/readyz` answers 200. Rejects with the process output if it exits or is
 * not ready in time.
 */
export async function startApiProcess(
  env: Record<string, string>,
  { built, timeoutMs = 180_000 }: ApiProcessOptions = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, built ? [built] : ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      // Links in emails point at this process, which serves the console build when CONSOLE_DIST is set.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // Tests give each user a distinct address with X-Forwarded-For, as one trusted proxy would.
      TRUST_PROXY_HOPS: '1',
      ...env,
      HOST: '127.0.0.1',
      API_PORT: String(port),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code ?? 0)),
  );
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid ?? 0;

  const deadline = Date.now() + timeoutMs;
  let ended: number | NodeJS.Signals | undefined;
  void exited.then((value) => (ended = value));
  while (!(await isReady(url))) {
    if (ended !== undefined) throw new Error(`The API exited (${ended}) before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      throw new Error(`The API was not ready after ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    ...graphqlClient(url),
    url,
    pid,
    output: () => output,
    exited,
    async stop() {
      if (ended !== undefined) return ended;
      child.kill('SIGTERM');
      // Only a ceiling for a process that hangs: a loaded machine takes its time to drain and to
      // stop an embedded PostgreSQL, and a test asserting a clean exit must not see SIGKILL then.
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 60_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/readyz`)).status === 200;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
