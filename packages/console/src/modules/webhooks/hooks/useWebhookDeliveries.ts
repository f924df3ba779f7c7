import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { useEffect } from 'react';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { LastWebhookDeliveryQuery, WebhookDeliveriesQuery, WebhookEndpointQuery } from '../graphql/webhooks.ts';

/** One delivery of the log. */
export type WebhookDeliveryItem = DocumentType<
  typeof WebhookDeliveriesQuery
>['webhookDeliveries']['edges'][number]['node'];

/** Deliveries per page of the log. */
const DELIVERY_PAGE_SIZE = 20;

/** How often the log is asked again while a delivery is about to be attempted. */
const FAST_POLL_MS = 2_000;

/** How often while deliveries wait for a later retry (minutes or hours away). */
const SLOW_POLL_MS = 30_000;

/** How often while nothing is pending, for new events (a usage alert fires, a member joins). */
const IDLE_POLL_MS = 10_000;

/** A pending delivery counts as about to be attempted when its next attempt is due within this. */
const SOON_MS = 60_000;

/** How long until the log should be asked again. */
function pollDelay(deliveries: readonly WebhookDeliveryItem[], now: number): number {
  const pending = deliveries.filter((delivery) => delivery.status === 'PENDING');
  if (!pending.length) return IDLE_POLL_MS;
  const soon = pending.some(
    (delivery) => !delivery.nextAttemptAt || new Date(delivery.nextAttemptAt).getTime() - now < SOON_MS,
  );
  return soon ? FAST_POLL_MS : SLOW_POLL_MS;
}

/**
 * An endpoint's delivery log, newest first, with "Load more". It is asked again, with as many rows
 * as are shown, and the endpoint with it (the job may disable it): every 2 s while a pending
 * delivery is due within a minute, every 30 s while deliveries wait for a later retry, and every
 * 10 s otherwise, for new events.
 */
export function useWebhookDeliveries(endpointId: string) {
  const query = useQuery(WebhookDeliveriesQuery, {
    variables: { endpointId, first: DELIVERY_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: false,
  });
  const list = usePagedList(query, (data) => data.webhookDeliveries);
  const { refetch, client } = query;
  const delay = pollDelay(list.items, Date.now());
  const shown = list.items.length;

  useEffect(() => {
    const timer = window.setInterval(() => {
      // A refetch of the first page replaces the loaded pages: ask for as many rows as are shown.
      refetch({ endpointId, first: Math.min(100, Math.max(DELIVERY_PAGE_SIZE, shown)) }).catch(() => undefined);
      client.refetchQueries({ include: [WebhookEndpointQuery, LastWebhookDeliveryQuery] }).catch(() => undefined);
    }, delay);
    return () => window.clearInterval(timer);
  }, [delay, shown, refetch, client, endpointId]);

  return list;
}
