/** A form's text as the API takes it: trimmed, and null when empty. */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** A checkbox's value as `useForm` keeps it (strings only). */
export function flag(checked: boolean): string {
  return checked ? 'yes' : '';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const DOMAIN = /^([a-z0-9](-?[a-z0-9])*\.)+[a-z]{2,63}$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/;

/** The rule for slugs, as the forms explain it. */
export const SLUG_HINT = '3 to 48 lowercase letters, digits or dashes, starting and ending with a letter or digit.';

/** Why an optional email address is not one, or undefined. The API has the last word. */
export function optionalEmailProblem(value: string): string | undefined {
  const email = value.trim();
  if (!email) return undefined;
  return email.length <= 254 && EMAIL.test(email) ? undefined : 'Enter an email address such as billing@example.com.';
}

/** Why an optional domain is not one, or undefined. */
export function optionalDomainProblem(value: string): string | undefined {
  const domain = value.trim().toLowerCase();
  if (!domain) return undefined;
  return domain.length <= 253 && DOMAIN.test(domain) ? undefined : 'Enter a domain name such as example.com.';
}

/** Why an organization name cannot be used, or undefined. */
export function organizationNameProblem(value: string): string | undefined {
  const name = value.trim();
  if (!name) return 'Enter a name for the organization.';
  if (name.length > 100) return 'Use at most 100 characters.';
  return undefined;
}

/** Why a slug cannot be used (empty is fine when `optional`), or undefined. */
export function slugProblem(value: string, optional: boolean): string | undefined {
  const slug = value.trim();
  if (!slug) return optional ? undefined : 'Enter a URL slug.';
  return SLUG.test(slug) ? undefined : `Use ${SLUG_HINT.charAt(0).toLowerCase()}${SLUG_HINT.slice(1)}`;
}
