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
  readonly previousData?: TData | undefined;
  readonly loading?: boolean;
  readonly error?: unknown;
  readonly fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
  readonly refetch: () => Promise<unknown>;
}

interface PagedListOptions {
  /**
   * While other variables (filters) load, keep showing the rows of the previous ones and say
   * `updating`, rather than nothing. For lists whose filters the person changes on screen.
   */
  readonly keepPrevious?: boolean;
}

/**
 * The state of a list shown from one cursor-paged query: its items, whether the first page has
 * arrived, "Load more" (see `useLoadMore`), the error of the first page (not of a later one, which
 * `loadMoreError` carries) and a retry. `connectionOf` picks the connection out of the query's data.
 * Every list of the console is built on it, and `ListFooter` takes what it returns.
 */
export function usePagedList<TData, Node>(
  query: PagedQuery<TData>,
  connectionOf: (data: TData) => Connection<Node>,
  { keepPrevious = false }: PagedListOptions = {},
) {
  const { data, previousData, loading = false, error, fetchMore, refetch } = query;
  const shown = data ?? (keepPrevious ? previousData : undefined);
  const shownConnection = shown ? connectionOf(shown) : undefined;
  const pageInfo = data ? connectionOf(data).pageInfo : undefined;
  const items = useMemo(() => shownConnection?.edges.map((edge) => edge.node) ?? [], [shownConnection]);
  const { loadMore, loadingMore, loadMoreError } = useLoadMore(fetchMore, pageInfo);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    items,
    /** Whether rows were ever loaded (for these variables, or the previous ones with `keepPrevious`). */
    loaded: Boolean(shown),
    /** Other variables are loading while the previous rows are shown (`keepPrevious`). */
    updating: loading && !loadingMore && Boolean(shown) && !data,
    hasNextPage: Boolean(pageInfo?.hasNextPage),
    loadMore,
    loadingMore,
    loadMoreError,
    error: data ? undefined : error,
    retry,
  };
}

/** Where a paged list stands, as `usePagedList` returns it: what `ListFooter` reads. */
export type PagedListState = Pick<
  ReturnType<typeof usePagedList>,
  'hasNextPage' | 'loadingMore' | 'loadMore' | 'loadMoreError'
>;
