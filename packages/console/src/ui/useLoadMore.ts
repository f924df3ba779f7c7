import { useCallback, useState } from 'react';

/** Where a cursor-paged list stands, as a Relay connection's `pageInfo` says. */
interface PageInfo {
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/**
 * "Load more" for a cursor-paged query: fetches the page after `pageInfo.endCursor` once at a
 * time, and keeps its own loading and error state apart from the query's.
 */
export function useLoadMore(
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>,
  pageInfo: PageInfo | undefined,
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const loadMore = useCallback(() => {
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    fetchMore({ variables: { after: pageInfo.endCursor } })
      .catch((failure: unknown) => setLoadMoreError(failure))
      .finally(() => setLoadingMore(false));
  }, [fetchMore, pageInfo, loadingMore]);
  return { loadMore, loadingMore, loadMoreError };
}
