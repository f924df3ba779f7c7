/** A slug as the API accepts it: 3 to 48 lowercase letters, digits and inner dashes. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/;

/**
 * The slug the API would most likely make from a name, to show as a hint (the API has the last
 * word): lowercase ASCII letters and digits, dashes between words, at most 32 characters.
 */
export function suggestSlug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  if (!base) return '';
  return base.length < 3 ? `${base}-org` : base;
}

/** What is wrong with a typed slug, or undefined (empty is fine where the API makes one). */
export function slugProblem(slug: string): string | undefined {
  const value = slug.trim();
  if (!value || SLUG.test(value)) return undefined;
  return 'Use 3 to 48 lowercase letters, digits or dashes, starting and ending with a letter or digit.';
}

/** What is wrong with a name, or undefined. */
export function nameProblem(name: string, what: string): string | undefined {
  const length = name.trim().length;
  if (length === 0) return `Enter a name for the ${what}.`;
  return length > 100 ? 'Use at most 100 characters.' : undefined;
}
