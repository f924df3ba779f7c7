import { isEmail } from 'class-validator';
import { EMAIL_MAX_LENGTH } from '@orgplane/schema';
import { ValidationFailedError } from '../../domain-error.ts';

/** An email as stored and compared: trimmed, Unicode NFC, lowercase. */
function normalizeEmail(input: string): string {
  return input.trim().normalize('NFC').toLowerCase();
}

/** The normalized email, or VALIDATION_FAILED at `path` if it is not an address. */
export function requireEmail(input: string, path = 'email'): string {
  const email = normalizeEmail(input);
  if (email.length > EMAIL_MAX_LENGTH || !isEmail(email, { allow_utf8_local_part: true, require_tld: false })) {
    throw new ValidationFailedError([{ path, message: 'is not a valid email address' }]);
  }
  return email;
}
