import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useEffect, useState } from 'react';
import { CurrentUserQuery } from '../graphql/currentUser.ts';
import { VerifyEmailMutation } from '../graphql/emailVerification.ts';
import { sessionStore } from '../utils/sessionStore.ts';

type VerificationState =
  | { readonly status: 'verifying' }
  | { readonly status: 'verified' }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * One attempt per token for the life of the page: the token works once, and React may mount the
 * page twice (StrictMode, or the person going back).
 */
const attempts = new Map<string, Promise<unknown>>();

/**
 * Asks for the signed-in person again after a confirmation, so the "confirm your email" banner
 * goes. Opening the emailed link restores the session while the confirmation is on its way, so a
 * CurrentUser request may already be out, read by the API before the confirmation committed.
 * Apollo shares an identical query in flight (deduplication), so a plain refetch would get that
 * stale answer. Let it land first, then ask once more with deduplication off: the last answer
 * the cache keeps is read after the commit. While the session is still restoring no request is
 * out yet, and the first one goes after the commit.
 */
async function refreshCurrentUser(client: ApolloClient): Promise<void> {
  if (!sessionStore.accessToken()) return;
  await client.query({ query: CurrentUserQuery, fetchPolicy: 'network-only' });
  await client.query({ query: CurrentUserQuery, fetchPolicy: 'network-only', context: { queryDeduplication: false } });
}

/** Confirms the email address behind `token` as soon as the page opens. */
export function useEmailVerification(token: string): VerificationState {
  const client = useApolloClient();
  const [state, setState] = useState<VerificationState>({ status: 'verifying' });
  useEffect(() => {
    let active = true;
    let attempt = attempts.get(token);
    if (!attempt) {
      attempt = client
        .mutate({ mutation: VerifyEmailMutation, variables: { token }, context: { anonymous: true } })
        .then(() => refreshCurrentUser(client).catch(() => undefined));
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
