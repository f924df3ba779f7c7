import { useCallback, useMemo } from 'react';
import { useLoadMore } from './useLoadMore.ts';

/** A Relay connection as a list reads it: its nodes and where the page ends. */
interface Connection<Node> {
  readonly edges: ReadonlyArray<{ readonly node: Node }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/** The parts of an Apollo `useQuery` result a paged list needs. */
interface PagedQuery<TData> {
  readonly data: TData | undefined;
  readonly error?: unknown;
  readonly fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
  readonly refetch: () => Promise<unknown>;
}

/**
 * The state of a list shown from one cursor-paged query: its items, whether the first page has
 * arrived, "Load more" (see `useLoadMore`), the error of the first page (not of a later one, which
 * `loadMoreError` carries) and a retry. `connectionOf` picks the connection out of the query's data.
 */
export function usePagedList<TData, Node>(query: PagedQuery<TData>, connectionOf: (data: TData) => Connection<Node>) {
  const { data, error, fetchMore, refetch } = query;
  const connection = data ? connectionOf(data) : undefined;
  const items = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const { loadMore, loadingMore, loadMoreError } = useLoadMore(fetchMore, connection?.pageInfo);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    items,
    loaded: Boolean(data),
    hasNextPage: Boolean(connection?.pageInfo.hasNextPage),
    loadMore,
    loadingMore,
    loadMoreError,
    error: data ? undefined : error,
    retry,
  };
}
