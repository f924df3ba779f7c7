// `pnpm start`: the API (embedded PostgreSQL unless DATABASE_URL is set) and the console's dev
// server, each in its own process group. The API runs its build (packages/api/dist, which
// `pnpm start` builds first); `pnpm dev` (`--dev`) runs its TypeScript source with tsx instead.
// Ctrl-C or SIGTERM stops both gracefully; if either exits, the other is stopped too. The process
// ids are kept in DATA_DIR/start.json, so that a start after the previous one was killed outright
// (SIGKILL) first stops what it left running.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT || '4000';
const consolePort = process.env.CONSOLE_PORT || '5173';
const dataDir = path.resolve(process.env.DATA_DIR || path.join(root, '.data'));
const pidFile = path.join(dataDir, 'start.json');

await stopLeftovers();

const children = [
  {
    name: 'api',
    command: process.execPath,
    args: process.argv.includes('--dev') ? ['--import', 'tsx', 'src/main.ts'] : ['dist/main.js'],
    cwd: path.join(root, 'packages/api'),
    // The development mailbox (loopback clients only) and one trusted proxy hop: the console's
    // dev server, which sets X-Forwarded-For from the browser's socket.
    env: {
      API_PORT: apiPort,
      DEV_MAILBOX: process.env.DEV_MAILBOX || 'true',
      TRUST_PROXY_HOPS: process.env.TRUST_PROXY_HOPS || '1',
    },
  },
  {
    name: 'console',
    command: process.execPath,
    args: [path.join(root, 'packages/console/node_modules/vite/bin/vite.js')],
    cwd: path.join(root, 'packages/console'),
    env: { CONSOLE_PORT: consolePort, API_URL: `http://127.0.0.1:${apiPort}` },
  },
].map((spec) => {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return { ...spec, child, exited };
});

mkdirSync(dataDir, { recursive: true });
writeFileSync(pidFile, JSON.stringify({ supervisor: process.pid, groups: children.map(({ child }) => child.pid) }));

console.log(`Orgplane: API http://127.0.0.1:${apiPort}/graphql · console http://127.0.0.1:${consolePort}`);

let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of children) signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => children.forEach(({ child }) => signalGroup(child, 'SIGKILL')), 20_000);
  await Promise.all(children.map(({ exited }) => exited));
  clearTimeout(timer);
  rmSync(pidFile, { force: true });
  process.exit(code);
}

/** Stops the supervisor and process groups an earlier, killed start left running. */
async function stopLeftovers() {
  if (!existsSync(pidFile)) return;
  const { supervisor, groups } = JSON.parse(readFileSync(pidFile, 'utf8'));
  const ours = (pid) => isAlive(pid) && readCommand(pid).includes('node');
  const stale = [supervisor, ...groups].filter(ours);
  if (stale.length > 0) {
    console.log(`Stopping processes left by an earlier start: ${stale.join(', ')}`);
    if (ours(supervisor)) process.kill(supervisor, 'SIGTERM');
    for (const group of groups) if (ours(group)) tryKill(-group, 'SIGTERM');
    for (let waited = 0; stale.some(isAlive); waited += 100) {
      if (waited === 20_000) for (const group of groups) tryKill(-group, 'SIGKILL');
      if (waited > 25_000) throw new Error(`Could not stop earlier processes ${stale.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  rmSync(pidFile, { force: true });
}

function isAlive(pid) {
  return tryKill(pid, 0);
}

function tryKill(pid, signal) {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

function readCommand(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function signalGroup(child, signal) {
  tryKill(-child.pid, signal);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
for (const { name, exited } of children) {
  exited.then((result) => {
    if (!stopping) {
      console.error(`${name} exited (${result}); stopping the rest.`);
      stopAll(1);
    }
  });
}
