import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { VerifyEmailMutation } from '../graphql/emailVerification.ts';

type VerificationState =
  | { readonly status: 'verifying' }
  | { readonly status: 'verified' }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * One attempt per token for the life of the page: the token works once, and React may mount the
 * page twice (StrictMode, or the person going back).
 */
const attempts = new Map<string, Promise<unknown>>();

/** Confirms the email address behind `token` as soon as the page opens. */
export function useEmailVerification(token: string): VerificationState {
  const client = useApolloClient();
  const [state, setState] = useState<VerificationState>({ status: 'verifying' });
  useEffect(() => {
    let active = true;
    let attempt = attempts.get(token);
    if (!attempt) {
      attempt = client.mutate({
        mutation: VerifyEmailMutation,
        variables: { token },
        context: { anonymous: true },
        // Clears the "confirm your email" banner if the person is signed in.
        refetchQueries: ['CurrentUser'],
      });
      attempts.set(token, attempt);
    }
    attempt.then(
      () => active && setState({ status: 'verified' }),
      (error: unknown) => active && setState({ status: 'failed', error }),
    );
    return () => {
      active = false;
    };
  }, [client, token]);
  return state;
}
