import { useMutation } from '@apollo/client/react';
import {
  CreateWebhookEndpointMutation,
  DeleteWebhookEndpointMutation,
  LastWebhookDeliveryQuery,
  RedeliverWebhookDeliveryMutation,
  RotateWebhookSecretMutation,
  SendWebhookTestEventMutation,
  UpdateWebhookEndpointMutation,
  WebhookDeliveriesQuery,
  WebhookEndpointsQuery,
} from '../graphql/webhooks.ts';

/** A queued delivery shows in the log and as the list's last delivery before the button settles. */
const REFETCH_DELIVERIES = {
  refetchQueries: [WebhookDeliveriesQuery, LastWebhookDeliveryQuery],
  awaitRefetchQueries: true,
};

/**
 * A new endpoint. The answer carries the signing secret: it stays out of the cache (and so out of
 * memory once shown), and the list is asked again for the new endpoint.
 */
export function useCreateWebhookEndpoint() {
  return useMutation(CreateWebhookEndpointMutation, {
    fetchPolicy: 'no-cache',
    refetchQueries: [WebhookEndpointsQuery],
    awaitRefetchQueries: true,
  });
}

/** Changes an endpoint (the answer updates the cache); enabling one sends what waited, so the log is asked again. */
export function useUpdateWebhookEndpoint() {
  return useMutation(UpdateWebhookEndpointMutation, REFETCH_DELIVERIES);
}

/** Deletes an endpoint and its log. */
export function useDeleteWebhookEndpoint() {
  return useMutation(DeleteWebhookEndpointMutation, {
    update(cache, { data }) {
      const id = data?.deleteWebhookEndpoint?.deletedEndpointId;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'WebhookEndpoint', id }) });
      cache.gc();
    },
    refetchQueries: [WebhookEndpointsQuery],
    awaitRefetchQueries: true,
  });
}

/** A new signing secret, kept out of the cache like a new endpoint's. */
export function useRotateWebhookSecret() {
  return useMutation(RotateWebhookSecretMutation, { fetchPolicy: 'no-cache' });
}

/** Queues a test event to one endpoint. */
export function useSendWebhookTestEvent() {
  return useMutation(SendWebhookTestEventMutation, REFETCH_DELIVERIES);
}

/** Sends a delivery's event again, as a new delivery. */
export function useRedeliverWebhookDelivery() {
  return useMutation(RedeliverWebhookDeliveryMutation, REFETCH_DELIVERIES);
}
