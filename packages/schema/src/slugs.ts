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

/** The message for a slug shaped like an id, as the API and the console say it. */
export const SLUG_ID_MESSAGE = 'must not look like an id (32 hexadecimal digits); add a word';

/**
 * A URL-safe slug base from a name: lowercase ASCII letters, digits and dashes, 3 to 32, never
 * shaped like an id.
 */
export function slugBase(name: string): string {
  const base = slugify(name, { lower: true, strict: true, trim: true }).slice(0, 32).replace(/-+$/, '');
  if (!base) return 'org';
  if (looksLikeId(base)) return `${base.slice(0, 27).replace(/-+$/, '')}-org`;
  return base.length < 3 ? `${base}-org` : base;
}

/**
 * Whether a slug could be read as an id: 32 hex digits, with or without dashes (PostgreSQL reads
 * `a0eebc99-9c0b-…` and `a0eebc999c0b…` alike). `x-tenant-id` takes an org id or slug, so a slug
 * must never look like an id.
 */
export function looksLikeId(slug: string): boolean {
  return /^[0-9a-f]{32}$/i.test(slug.replaceAll('-', ''));
}

/**
 * Problems with a slug: 3–48 lowercase letters, digits and inner dashes, not a reserved word,
 * not shaped like an id.
 */
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
  if (looksLikeId(slug)) return [{ path, message: SLUG_ID_MESSAGE }];
  return [];
}
