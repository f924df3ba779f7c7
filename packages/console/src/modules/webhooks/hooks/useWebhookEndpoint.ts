import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { WebhookEndpointQuery } from '../graphql/webhooks.ts';

/** One endpoint, for its page; asked again on every visit. */
export function useWebhookEndpoint(id: string) {
  const query = useQuery(WebhookEndpointQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { refetch } = query;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { endpoint: query.data?.webhookEndpoint, error: query.data ? undefined : query.error, retry };
}
