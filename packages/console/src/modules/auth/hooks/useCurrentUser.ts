import { useQuery } from '@apollo/client/react';
import { CurrentUserQuery } from '../graphql/currentUser.ts';
import { useSession } from './useSession.ts';

/** The signed-in person (null while signed out or loading). */
export function useCurrentUser() {
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(CurrentUserQuery, { skip: session.status !== 'signedIn' });
  return { user: data?.viewer?.user ?? null, loading, error, refetch };
}
