import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCodeOf } from '../../../ui/errorCode.ts';

/** The free slug the API offers with `SLUG_TAKEN` (`extensions.suggestion`), if any. */
export function slugSuggestionOf(error: unknown): string | null {
  if (errorCodeOf(error) !== 'SLUG_TAKEN' || !CombinedGraphQLErrors.is(error)) return null;
  const suggestion = error.errors[0]?.extensions?.suggestion;
  return typeof suggestion === 'string' ? suggestion : null;
}
