import { slugBase, slugProblems } from '@orgplane/schema';

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
 * Why a typed slug cannot be used, by the shared rules (pattern and reserved words), or
 * undefined; empty is fine when `optional` (the API makes one from the name).
 */
export function slugProblem(value: string, { optional }: { readonly optional: boolean }): string | undefined {
  const slug = value.trim();
  if (!slug) return optional ? undefined : 'Enter a slug.';
  const [problem] = slugProblems(slug);
  if (!problem) return undefined;
  return problem.message.startsWith('is reserved')
    ? `“${slug}” is reserved; choose another.`
    : `Use ${SLUG_HINT.charAt(0).toLowerCase()}${SLUG_HINT.slice(1)}`;
}

/** Why a name (of an organization, workspace or environment: 1 to 100 characters) cannot be used, or undefined. */
export function nameProblem(name: string, what: string): string | undefined {
  const length = name.trim().length;
  if (length === 0) return `Enter a name for the ${what}.`;
  return length > 100 ? 'Use at most 100 characters.' : undefined;
}
