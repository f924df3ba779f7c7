import { useMutation } from '@apollo/client/react';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from '../graphql/apiKeys.ts';

/**
 * A new key. The answer carries the secret: it stays out of the cache (and so out of memory once
 * shown), and the list is asked again for the new key.
 */
export function useCreateApiKey() {
  return useMutation(CreateApiKeyMutation, { fetchPolicy: 'no-cache', refetchQueries: [ApiKeysQuery] });
}

/** Revokes a key at once (the answer updates the cache). */
export function useRevokeApiKey() {
  return useMutation(RevokeApiKeyMutation);
}
