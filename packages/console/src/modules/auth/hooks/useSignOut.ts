import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorCodeOf } from '../../../ui/errorCode.ts';
import { SignOutMutation } from '../graphql/signOut.ts';
import { signInPathFor } from '../utils/nextPath.ts';
import { endSession } from '../utils/session.ts';

/**
 * Signs out of this device or everywhere: the API ends the session(s) and clears the refresh
 * cookie, this tab forgets its token and organization, other tabs follow, and the sign-in page
 * opens (coming back to `next` after the next sign-in, when given). If the API cannot be reached
 * the session stays, and `error` says why.
 */
export function useSignOut() {
  const navigate = useNavigate();
  const [mutate] = useMutation(SignOutMutation);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const signOut = useCallback(
    async (everywhere: boolean, next?: string): Promise<void> => {
      setPending(true);
      setError(null);
      try {
        await mutate({ variables: { everywhere } });
      } catch (failure) {
        // A session that is already over is as good as signed out.
        if (errorCodeOf(failure) !== 'UNAUTHENTICATED') {
          setError(failure);
          setPending(false);
          return;
        }
      }
      endSession('signedOut');
      setPending(false);
      await navigate(next ? signInPathFor(next) : '/sign-in', { replace: true });
    },
    [mutate, navigate],
  );

  return { signOut, pending, error };
}
