import { describe, expect, it } from 'vitest';
import { slugBase, slugProblems } from './slugs.ts';

describe('slugs', () => {
  it('makes a URL-safe base from any name', () => {
    expect(slugBase('Acme Rockets & Co.')).toBe('acme-rockets-and-co');
    expect(slugBase('Zürich Öl')).toBe('zurich-ol');
    expect(slugBase('QA')).toBe('qa-org');
    expect(slugBase('!!!')).toBe('org');
    expect(slugBase('x'.repeat(80))).toHaveLength(32);
  });

  it('refuses malformed and reserved slugs with the field path', () => {
    expect(slugProblems('acme-rockets')).toEqual([]);
    for (const bad of ['ab', '-acme', 'acme-', 'Acme', 'acme_rockets', 'a'.repeat(49)]) {
      expect(
        slugProblems(bad, 'input.slug').map((problem) => problem.path),
        bad,
      ).toEqual(['input.slug']);
    }
    expect(slugProblems('settings')[0]?.message).toBe('is reserved; choose another');
    expect(slugProblems('workspaces')[0]?.message).toBe('is reserved; choose another');
  });
});
