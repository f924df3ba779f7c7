import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { WebhookEndpointsQuery } from '../graphql/webhooks.ts';
import { WEBHOOK_ENDPOINTS_PER_ORG_MAX } from '../utils/webhooks.ts';

/** One endpoint as the list shows it. */
export type WebhookEndpointItem = DocumentType<
  typeof WebhookEndpointsQuery
>['webhookEndpoints']['edges'][number]['node'];

/** The organization's endpoints, oldest first; asked again on every visit (the job may disable one). */
export function useWebhookEndpoints() {
  const query = useQuery(WebhookEndpointsQuery, {
    variables: { first: WEBHOOK_ENDPOINTS_PER_ORG_MAX },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return usePagedList(query, (data) => data.webhookEndpoints);
}
