import { EMAIL_MAX_LENGTH } from '@orgplane/schema';
import { readableNameProblem } from '../../../ui/names.ts';

/** The API's password rules (see SignUpInput.password). */
const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 128;

/** The same hint wherever a new password is chosen. */
export const PASSWORD_HINT = `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not your email address. A few unrelated words make a strong one.`;

const EMAIL = /^[^\s@]+@[^\s@]+$/u;

/** Why `value` is not a usable email address, or undefined. The API has the last word. */
export function emailProblem(value: string): string | undefined {
  const email = value.trim();
  if (!email) return 'Enter your email address.';
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email) || email.endsWith('.') || email.includes('..')) {
    return 'Enter an email address such as name@example.com.';
  }
  return undefined;
}

/** Why `password` cannot be a new password for `email`, or undefined. */
export function newPasswordProblem(password: string, email?: string): string | undefined {
  if (!password) return 'Choose a password.';
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const normalized = email?.trim().normalize('NFC').toLowerCase();
  if (normalized && password.toLowerCase() === normalized) return 'Your password must not be your email address.';
  return undefined;
}

/** Why a required value is missing, or undefined. */
export function requiredProblem(value: string, message: string): string | undefined {
  return value.trim() ? undefined : message;
}

/** A display name, by the API's rules: 1 to 100 visible characters, no web or email address. */
export function displayNameProblem(value: string): string | undefined {
  return readableNameProblem(value, 'Enter your name.');
}

/** A 6-digit authenticator code, spaces allowed. */
export function totpCodeProblem(value: string): string | undefined {
  const code = value.replace(/\s/g, '');
  if (!code) return 'Enter the 6-digit code from your authenticator app.';
  if (!/^\d{6}$/.test(code)) return 'The code has 6 digits.';
  return undefined;
}

/** A code as the API wants it: digits only. */
export function normalizeTotpCode(value: string): string {
  return value.replace(/\s/g, '');
}
