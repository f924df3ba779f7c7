import { useQuery } from '@apollo/client/react';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { MemberUsageEventsQuery } from '../graphql/memberUsage.ts';

/** Events per page of a member's usage history. */
const EVENT_PAGE_SIZE = 20;

/**
 * One member's usage events, newest first, with "Load more" (credits only with `withCosts`).
 * Asked again each time the history opens: usage is recorded all the time.
 */
export function useMemberUsageEvents(membershipId: string, withCosts: boolean) {
  const query = useQuery(MemberUsageEventsQuery, {
    variables: { membershipId, first: EVENT_PAGE_SIZE, withCosts },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return usePagedList(query, (data) => data.usageEvents);
}
