/**
 * Rules for the names people read: display names, and the names of organizations, workspaces,
 * environments and API keys. They appear in email subjects and bodies and across the console,
 * so they must not carry hidden characters or links. The API enforces these rules; the console
 * checks them before sending.
 */
import type { FieldError } from './errors.ts';

/** The longest name, in characters after cleaning. */
export const NAME_MAX_LENGTH = 100;

// Format characters (Unicode Cf): bidi embeddings, overrides, isolates and marks, zero-width
// spaces and joiners, the word joiner, the byte order mark, soft hyphens, tag characters.
const INVISIBLE = /\p{Cf}/gu;
// Control characters, line and paragraph separators and every kind of space: one plain space.
const SEPARATORS = /[\p{Cc}\p{Z}]+/gu;

/**
 * A name as it is stored and shown: Unicode NFC, without control, bidi or zero-width characters,
 * with every run of whitespace (line breaks included) made one space, trimmed. Zero-width joiners
 * go too, so an emoji sequence falls apart into its pieces; that is the price of a name that
 * reads the same to everyone.
 */
export function cleanName(input: string): string {
  return input.normalize('NFC').replace(INVISIBLE, '').replace(SEPARATORS, ' ').trim();
}

// Dots a browser or mail client also accepts in a host name (fullwidth, ideographic, halfwidth).
const DOT = '[.\\u3002\\uff0e\\uff61]';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
/** A dotted host name: labels and a top-level part of at least two letters, standing alone. */
const HOST = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${LABEL}${DOT})+(\\p{L}{2,63})(?![\\p{L}\\p{N}-])`, 'giu');
/** Four dotted numbers: an IPv4 address. */
const IPV4 = /(?<![\p{N}.])\p{N}{1,3}(?:\.\p{N}{1,3}){3}(?![\p{N}])/u;
/** A scheme such as `https://`, or one that needs no slashes. */
const SCHEME = /(?:[a-z][a-z0-9+.-]*:\/\/|\b(?:mailto|javascript|vbscript|data):)/iu;
const WWW = new RegExp(`(?<![\\p{L}\\p{N}])www\\d{0,3}${DOT}`, 'iu');
/**
 * Endings that look like a top-level domain but are not one (file and language names), so
 * "Node.js Guild" stays a name. A real top-level domain (`.com`, `.net`, `.io`) is never here.
 */
const NOT_TOP_LEVEL = new Set([
  'js',
  'jsx',
  'ts',
  'tsx',
  'mjs',
  'cjs',
  'css',
  'html',
  'htm',
  'json',
  'yaml',
  'yml',
  'txt',
]);

/**
 * Whether a name looks like a link: a scheme (`https://`, `mailto:`), `www.`, a dotted host
 * name such as `pay-here.example.com` (an email address has one) or an IP address. Ordinary
 * abbreviations ("Acme Inc.", "J. R. Smith", "e.g.") pass: a dot must join two words, the
 * last of at least two letters. Fullwidth forms are folded first (NFKC), so `ｅｘａｍｐｌｅ．ｃｏｍ`
 * is caught too.
 */
export function looksLikeLink(name: string): boolean {
  const folded = name.normalize('NFKC');
  if (SCHEME.test(folded) || WWW.test(folded) || IPV4.test(folded)) return true;
  for (const match of folded.matchAll(HOST)) {
    if (!NOT_TOP_LEVEL.has(match[1]!.toLowerCase())) return true;
  }
  return false;
}

/** The message for a name that looks like a link, as the API and the console say it. */
export const NAME_LINK_MESSAGE = 'must not contain a web address or email address';

/**
 * Problems with a name after `cleanName`: empty, longer than 100 characters, or looking like a
 * link. Each problem carries `path`.
 */
export function nameProblems(name: string, path = 'name'): FieldError[] {
  const length = [...name].length;
  if (length < 1 || length > NAME_MAX_LENGTH)
    return [{ path, message: `must be between 1 and ${NAME_MAX_LENGTH} characters` }];
  if (looksLikeLink(name)) return [{ path, message: NAME_LINK_MESSAGE }];
  return [];
}
