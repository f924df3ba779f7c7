import { useQuery } from '@apollo/client/react';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { UsageAlertTriggersQuery } from '../graphql/usageAlerts.ts';

/** Triggers per page of the alert history. */
const TRIGGER_PAGE_SIZE = 20;

/** When the organization's usage alerts fired, newest first, with "Load more"; asked again on every visit. */
export function useUsageAlertTriggers() {
  const query = useQuery(UsageAlertTriggersQuery, {
    variables: { first: TRIGGER_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return usePagedList(query, (data) => data.usageAlertTriggers);
}
