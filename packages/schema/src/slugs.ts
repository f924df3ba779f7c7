/**
 * Slug rules shared by the API, which enforces them, and the console, which checks and suggests
 * slugs before sending.
 */
import slugify from 'slugify';
import type { FieldError } from './errors.ts';

/** Words a slug may not be: they name console routes, API paths or could mislead. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'admin',
  'api',
  'api-keys',
  'app',
  'auth',
  'billing',
  'console',
  'dashboard',
  'docs',
  'graphql',
  'healthz',
  'help',
  'invite',
  'login',
  'logout',
  'mailbox',
  'metrics',
  'new',
  'organizations',
  'orgplane',
  'readyz',
  'reset-password',
  'roles',
  'root',
  'settings',
  'sign-in',
  'sign-out',
  'sign-up',
  'signin',
  'signup',
  'status',
  'support',
  'system',
  'verify-email',
  'workspaces',
  'www',
]);

/** A slug: 3 to 48 lowercase letters, digits and inner dashes (organizations, workspaces, environments). */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/;

/** A URL-safe slug base from a name: lowercase ASCII letters, digits and dashes, 3 to 32. */
export function slugBase(name: string): string {
  const base = slugify(name, { lower: true, strict: true, trim: true }).slice(0, 32).replace(/-+$/, '');
  if (!base) return 'org';
  return base.length < 3 ? `${base}-org` : base;
}

/** Problems with a slug: 3–48 lowercase letters, digits and inner dashes, not a reserved word. */
export function slugProblems(slug: string, path = 'slug'): FieldError[] {
  if (!SLUG_PATTERN.test(slug)) {
    return [
      {
        path,
        message: 'must be 3 to 48 lowercase letters, digits or dashes, starting and ending with a letter or digit',
      },
    ];
  }
  if (RESERVED_SLUGS.has(slug)) return [{ path, message: 'is reserved; choose another' }];
  return [];
}
