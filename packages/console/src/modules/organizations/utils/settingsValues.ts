import { EMAIL_MAX_LENGTH } from '@orgplane/schema';
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

/** Why an optional email address is not one, or undefined. The API has the last word. */
export function optionalEmailProblem(value: string): string | undefined {
  const email = value.trim();
  if (!email) return undefined;
  return email.length <= EMAIL_MAX_LENGTH && EMAIL.test(email)
    ? undefined
    : 'Enter an email address such as billing@example.com.';
}

/** Why an optional domain is not one, or undefined. */
export function optionalDomainProblem(value: string): string | undefined {
  const domain = value.trim().toLowerCase();
  if (!domain) return undefined;
  return domain.length <= 253 && DOMAIN.test(domain) ? undefined : 'Enter a domain name such as example.com.';
}
