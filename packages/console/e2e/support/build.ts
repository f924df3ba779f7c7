import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startApiProcess } from '../../../api/test/support/api-process.ts';
import type { ApiProcess } from '../../../api/test/support/api-process.ts';
import { createTestDatabase } from '../../../api/test/support/database.ts';

/** packages/console */
export const CONSOLE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The repository root. */
export const REPO_ROOT = path.resolve(CONSOLE_ROOT, '../..');
/** The console's production build, which the API serves in the browser tests. */
const DIST = path.join(CONSOLE_ROOT, 'dist');
/** Where the browser tests save screenshots for review. */
export const SCREENSHOTS = path.join(REPO_ROOT, 'test-results');

/** The newest modification time among the files a console build is made from. */
function newestSourceTime(): number {
  const inputs = [
    path.join(CONSOLE_ROOT, 'src'),
    path.join(CONSOLE_ROOT, 'index.html'),
    path.join(CONSOLE_ROOT, 'vite.config.ts'),
    path.join(REPO_ROOT, 'packages/schema/src'),
  ];
  let newest = 0;
  for (const input of inputs) {
    const stat = statSync(input);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(input, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Builds the console for production unless `dist/` is already newer than its sources. */
function ensureProductionBuild(): void {
  const index = path.join(DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSourceTime()) return;
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: CONSOLE_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

/**
 * The API on a new test database (or on `env.DATABASE_URL`, for a story that arranges data in the
 * database itself), serving the console's production build (built first when its sources are
 * newer), with `env` on top of that.
 */
export async function serveProductionConsole(env: Record<string, string> = {}): Promise<ApiProcess> {
  ensureProductionBuild();
  return startApiProcess({
    DATABASE_URL: env.DATABASE_URL ?? (await createTestDatabase()),
    CONSOLE_DIST: DIST,
    // The stories read invitation and reset links from the development mailbox (off with SMTP_URL).
    DEV_MAILBOX: 'true',
    // Requests reach the API straight from the browser or the test; one hop, as the dev start trusts.
    TRUST_PROXY_HOPS: '1',
    ...env,
  });
}

/**
 * The gzip size in bytes of the JavaScript a first visit downloads: the entry script and the
 * chunks `index.html` preloads with it (pages load later, on demand).
 */
export function initialScriptGzipBytes(): number {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
  if (!scripts.length) throw new Error('index.html references no scripts.');
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file))).length, 0);
}
