import { INVITATIONS_PER_REQUEST_MAX } from '@orgplane/schema';
import { emailProblem } from '../../auth/utils/validation.ts';

/** Addresses typed or pasted into one box, split at commas, semicolons, spaces and new lines. */
export interface ParsedEmails {
  /** Usable addresses, each once (compared without case), in the order given. */
  readonly valid: readonly string[];
  /** What could not be an email address, as typed. */
  readonly invalid: readonly string[];
}

/** Splits and checks a list of addresses; angle brackets around one (`<a@b.c>`) are dropped. */
export function parseEmails(text: string): ParsedEmails {
  const valid: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[\s,;]+/u)) {
    const token = raw.replace(/^<|>$/gu, '').trim();
    if (!token) continue;
    if (emailProblem(token)) {
      invalid.push(token);
      continue;
    }
    const key = token.normalize('NFC').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    valid.push(token);
  }
  return { valid, invalid };
}

/** Why the box's contents cannot be sent, or undefined. */
export function emailListProblem(text: string): string | undefined {
  const { valid, invalid } = parseEmails(text);
  if (invalid.length) {
    const shown = invalid.slice(0, 3).map((item) => `“${item}”`);
    const more = invalid.length > 3 ? ` and ${invalid.length - 3} more` : '';
    const what = invalid.length === 1 ? 'This is not an email address' : 'These are not email addresses';
    return `${what}: ${shown.join(', ')}${more}.`;
  }
  if (!valid.length) return 'Enter at least one email address.';
  if (valid.length > INVITATIONS_PER_REQUEST_MAX)
    return `Invite at most ${INVITATIONS_PER_REQUEST_MAX} addresses at a time.`;
  return undefined;
}
