import { useQuery } from '@apollo/client/react';
import { CurrentUserQuery } from '../graphql/currentUser.ts';
import { useSession } from './useSession.ts';

/**
 * The signed-in person (null while signed out or loading). `fresh` also asks the server once on
 * mount, for a page that shows facts another tab or an emailed link may have changed (the
 * account page: a CurrentUser answer sent before an email confirmation committed would otherwise
 * stay in the cache).
 */
export function useCurrentUser({ fresh = false }: { fresh?: boolean } = {}) {
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(CurrentUserQuery, {
    skip: session.status !== 'signedIn',
    fetchPolicy: fresh ? 'cache-and-network' : 'cache-first',
  });
  return { user: data?.viewer?.user ?? null, loading, error, refetch };
}
