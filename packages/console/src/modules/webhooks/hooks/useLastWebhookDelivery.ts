import { useQuery } from '@apollo/client/react';
import { LastWebhookDeliveryQuery } from '../graphql/webhooks.ts';

/**
 * The newest delivery to an endpoint, for the list (the endpoint itself does not carry it). One
 * small query per row: an organization keeps at most 10 endpoints.
 */
export function useLastWebhookDelivery(endpointId: string) {
  const query = useQuery(LastWebhookDeliveryQuery, {
    variables: { endpointId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { delivery: query.data?.webhookDeliveries.edges[0]?.node ?? null, loaded: Boolean(query.data) };
}
