import {
  NAME_LINK_MESSAGE,
  NAME_MAX_LENGTH,
  SLUG_ID_MESSAGE,
  cleanName,
  nameProblems,
  slugBase,
  slugProblems,
} from '@orgplane/schema';

/** The rule for slugs, as the forms explain it. */
export const SLUG_HINT = '3 to 48 lowercase letters, digits or dashes, starting and ending with a letter or digit.';

/**
 * The slug the API will make from a name when none is given (the shared `slugBase`), to show
 * as a hint; empty while there is no name.
 */
export function suggestSlug(name: string): string {
  return name.trim() ? slugBase(name) : '';
}

/**
 * Why a typed slug cannot be used, by the shared rules (pattern, reserved words, never shaped
 * like an id), or undefined; empty is fine when `optional` (the API makes one from the name).
 */
export function slugProblem(value: string, { optional }: { readonly optional: boolean }): string | undefined {
  const slug = value.trim();
  if (!slug) return optional ? undefined : 'Enter a slug.';
  const [problem] = slugProblems(slug);
  if (!problem) return undefined;
  if (problem.message === SLUG_ID_MESSAGE) return 'This looks like an id; add a word so it cannot be mistaken for one.';
  return problem.message.startsWith('is reserved')
    ? `“${slug}” is reserved; choose another.`
    : `Use ${SLUG_HINT.charAt(0).toLowerCase()}${SLUG_HINT.slice(1)}`;
}

/**
 * Why a name people will read cannot be used, by the API's own rules (`cleanName` and
 * `nameProblems`: 1 to 100 visible characters, no web or email address), or undefined;
 * `empty` is what to say when nothing visible was typed.
 */
export function readableNameProblem(value: string, empty: string): string | undefined {
  const name = cleanName(value);
  if (!name) return empty;
  const [problem] = nameProblems(name);
  if (!problem) return undefined;
  return problem.message === NAME_LINK_MESSAGE
    ? 'Leave out web and email addresses: names appear in emails and across the console.'
    : `Use at most ${NAME_MAX_LENGTH} characters.`;
}

/** Why a name of an organization, workspace or environment cannot be used, or undefined. */
export function nameProblem(name: string, what: string): string | undefined {
  return readableNameProblem(name, `Enter a name for the ${what}.`);
}
