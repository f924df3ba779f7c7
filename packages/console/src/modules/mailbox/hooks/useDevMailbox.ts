import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { errorCodeOf } from '../../../ui/errorCode.ts';
import { DevMailboxQuery } from '../graphql/devMailbox.ts';

const PAGE_SIZE = 25;

/** The development mailbox, newest first, a page at a time. `off` when the API keeps no mailbox. */
export function useDevMailbox() {
  const { data, loading, error, refetch, fetchMore } = useQuery(DevMailboxQuery, {
    variables: { first: PAGE_SIZE },
    context: { anonymous: true },
    notifyOnNetworkStatusChange: true,
  });
  const messages = useMemo(() => data?.devMailbox.edges.map((edge) => edge.node) ?? [], [data]);
  const pageInfo = data?.devMailbox.pageInfo;

  const loadMore = useCallback(() => {
    if (!pageInfo?.hasNextPage) return;
    fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        devMailbox: {
          ...fetchMoreResult.devMailbox,
          edges: [...(previous.devMailbox?.edges ?? []), ...fetchMoreResult.devMailbox.edges],
        },
      }),
    }).catch(() => undefined);
  }, [fetchMore, pageInfo]);

  const reload = useCallback(() => {
    refetch({ first: PAGE_SIZE, after: null }).catch(() => undefined);
  }, [refetch]);

  return {
    messages,
    hasMore: Boolean(pageInfo?.hasNextPage),
    loading,
    error,
    off: Boolean(error) && errorCodeOf(error) === 'NOT_FOUND',
    loadMore,
    reload,
  };
}
