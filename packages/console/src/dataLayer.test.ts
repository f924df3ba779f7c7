import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.dirname(fileURLToPath(import.meta.url));

/** Every source file of the console, relative to src/. */
function sources(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'),
  );
}

/** The console's rules for reaching the API, checked on the source. */
describe('the console data layer', () => {
  it('refetches by document, never by an operation name (a renamed query would silently stop refreshing)', () => {
    const byName = sources().filter((file) =>
      /(refetchQueries|include)\s*:\s*\[\s*['"`]/.test(readFileSync(path.join(SRC, file), 'utf8')),
    );
    expect(byName).toEqual([]);
  });

  it('calls useMutation only in hooks, which own their document and what they refetch', () => {
    const outside = sources().filter(
      (file) =>
        !file.includes(`${path.sep}hooks${path.sep}`) &&
        /\buseMutation\(/.test(readFileSync(path.join(SRC, file), 'utf8')),
    );
    expect(outside).toEqual([]);
  });
});
