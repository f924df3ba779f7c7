import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');
const ARCHITECTURE = path.resolve(SRC, '../../../docs/architecture.md');

/**
 * A raw SQL call site: the `sql` helper (with or without a row type, which may span lines), a
 * connection's `execute`, knex's `raw`, a pg client's `query`.
 */
const RAW_CALL = /(?:\bsql|\.execute|\.raw|\.query)\s*(?:<[^()]*?>)?\s*\(/;

/** The source files under `src/`, relative to it: no tests, no migrations (schema changes). */
async function sourceFiles(): Promise<string[]> {
  const entries = await readdir(SRC, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(SRC, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('database/migrations/'));
}

/**
 * The code in `text`, comments that open a line left out (doc comments mention `sql(` in prose).
 * Only at the start of a line: `/*` or `//` inside a string (a glob, a URL) stays code.
 */
function code(text: string): string {
  return text.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
}

/** The files holding raw SQL call sites. */
async function rawSqlFiles(): Promise<Set<string>> {
  const found = new Set<string>();
  for (const file of await sourceFiles()) {
    if (RAW_CALL.test(code(await readFile(path.join(SRC, file), 'utf8')))) found.add(file);
  }
  return found;
}

/** The files named in the first column of the tables of the "Raw SQL" section. */
async function documentedFiles(): Promise<Set<string>> {
  const doc = await readFile(ARCHITECTURE, 'utf8');
  const start = doc.indexOf('\n## Raw SQL\n');
  expect(start, 'docs/architecture.md has a "## Raw SQL" section').toBeGreaterThan(-1);
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end === -1 ? undefined : end);
  const files = new Set<string>();
  for (const match of section.matchAll(/^\|\s*`([^`]+\.ts)`\s*\|/gm)) files.add(match[1]!);
  return files;
}

describe('raw SQL', () => {
  it('appears only in files docs/architecture.md lists, with its reason, and every listed file still has some', async () => {
    const [found, documented] = await Promise.all([rawSqlFiles(), documentedFiles()]);
    const undocumented = [...found].filter((file) => !documented.has(file)).sort();
    const stale = [...documented].filter((file) => !found.has(file)).sort();
    expect(undocumented, 'files with raw SQL missing from "Raw SQL" in docs/architecture.md').toEqual([]);
    expect(stale, 'files listed under "Raw SQL" in docs/architecture.md that no longer hold raw SQL').toEqual([]);
  });

  it('finds the call sites it is meant to find', () => {
    const calls = [
      `await sql(em, 'select 1')`,
      `const [row] = await sql<{ id: string }>(em, 'select 1')`,
      `const rows = await sql<Record<string, unknown>>(em, 'select 1')`,
      `const [row] = await sql<{\n    id: string;\n    status: 'active' | 'suspended';\n  }>(em, 'select 1')`,
      `await em.getConnection().execute<Row[]>('select 1')`,
      `await knex.raw('select 1')`,
      `await client.query('select 1')`,
    ];
    for (const call of calls) expect(RAW_CALL.test(call), call).toBe(true);
    for (const other of [`import { sql } from './sql.ts';`, `await em.nativeUpdate(User, {}, {})`]) {
      expect(RAW_CALL.test(other), other).toBe(false);
    }
  });
});
