import { useQuery } from '@apollo/client/react';
import { CurrentUserQuery } from '../graphql/currentUser.ts';
import { useSession } from './useSession.ts';

/**
 * The signed-in person (null while signed out or loading). `fresh` also asks the server once on
 * mount, for a page that shows facts another tab or an emailed link may have changed (the
 * account page). That request is its own (deduplication off): joining one already in flight
 * could bring back an answer read before the change.
 */
export function useCurrentUser({ fresh = false }: { fresh?: boolean } = {}) {
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(CurrentUserQuery, {
    skip: session.status !== 'signedIn',
    fetchPolicy: fresh ? 'cache-and-network' : 'cache-first',
    ...(fresh ? { context: { queryDeduplication: false } } : {}),
  });
  return { user: data?.viewer?.user ?? null, loading, error, refetch };
}
