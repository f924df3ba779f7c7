import { describe, expect, it } from 'vitest';
import { SLUG_ID_MESSAGE, looksLikeId, slugBase, slugProblems } from './slugs.ts';

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

  it('refuses slugs shaped like an id, since x-tenant-id takes either', () => {
    for (const id of [
      '0b5c1f7e-8d1a-4c3b-9e2f-5a6b7c8d9e0f',
      '0b5c1f7e8d1a4c3b9e2f5a6b7c8d9e0f',
      '0b5c-1f7e-8d1a-4c3b-9e2f-5a6b-7c8d-9e0f',
      '00000000-0000-0000-0000-000000000000',
    ]) {
      expect(looksLikeId(id), id).toBe(true);
      expect(slugProblems(id, 'input.slug'), id).toEqual([{ path: 'input.slug', message: SLUG_ID_MESSAGE }]);
    }
    for (const slug of ['acme-rockets', 'deadbeef', '0b5c1f7e-8d1a-4c3b-9e2f-5a6b7c8d9e0', 'cafe-babe-team']) {
      expect(looksLikeId(slug), slug).toBe(false);
    }
  });

  it('never makes an id-shaped slug from a name', () => {
    for (const name of ['0b5c1f7e-8d1a-4c3b-9e2f-5a6b7c8d9e0f', '0B5C1F7E8D1A4C3B9E2F5A6B7C8D9E0F']) {
      const base = slugBase(name);
      expect(looksLikeId(base), base).toBe(false);
      expect(slugProblems(base), base).toEqual([]);
    }
  });
});
