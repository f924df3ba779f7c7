import { describe, expect, it } from 'vitest';
import { nameProblem, slugProblem } from './names.ts';
import { displayNameProblem } from '../modules/auth/utils/validation.ts';

/** The console says what the API enforces (packages/schema's name and slug rules). */
describe('name and slug checks in the forms', () => {
  it('refuses links in names, as the API does', () => {
    expect(nameProblem('Billing: pay at https://pay.example', 'organization')).toMatch(/web and email addresses/);
    expect(displayNameProblem('pay-here.example.com')).toMatch(/web and email addresses/);
    expect(nameProblem('Acme Inc.', 'organization')).toBeUndefined();
    expect(displayNameProblem('J. R. Smith')).toBeUndefined();
  });

  it('counts what is left after hidden characters are removed', () => {
    expect(nameProblem('\u200B\u202E', 'workspace')).toBe('Enter a name for the workspace.');
    expect(displayNameProblem(`${'x'.repeat(100)}\u200B\u200B`)).toBeUndefined();
    expect(displayNameProblem('x'.repeat(101))).toBe('Use at most 100 characters.');
  });

  it('refuses a slug shaped like an id', () => {
    expect(slugProblem('0b5c1f7e-8d1a-4c3b-9e2f-5a6b7c8d9e0f', { optional: true })).toMatch(/looks like an id/);
    expect(slugProblem('acme-rockets', { optional: false })).toBeUndefined();
  });
});
