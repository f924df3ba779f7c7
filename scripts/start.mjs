// `pnpm start`: the API (embedded PostgreSQL unless DATABASE_URL is set) and the console's dev
// server, each in its own process group. Ctrl-C or SIGTERM stops both gracefully; if either
// exits, the other is stopped too.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT || '4000';
const consolePort = process.env.CONSOLE_PORT || '5173';

const children = [
  {
    name: 'api',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
    cwd: path.join(root, 'packages/api'),
    env: { API_PORT: apiPort },
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

console.log(`Orgplane: API http://127.0.0.1:${apiPort}/graphql · console http://127.0.0.1:${consolePort}`);

let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of children) signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => children.forEach(({ child }) => signalGroup(child, 'SIGKILL')), 20_000);
  await Promise.all(children.map(({ exited }) => exited));
  clearTimeout(timer);
  process.exit(code);
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
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
