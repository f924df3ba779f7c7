import { FormError } from './FormError.tsx';
import type { PagedListState } from './usePagedList.ts';
import styles from './ListFooter.module.css';

interface ListFooterProps {
  readonly list: PagedListState;
  /** How many items are shown. */
  readonly count: number;
  /** What they are, singular and plural: `['key', 'keys']`. */
  readonly noun: readonly [string, string];
  /** The list is being fetched again (another filter): say so instead of the count. */
  readonly updating?: boolean;
}

/**
 * The end of a cursor-paged list: how many items are shown and whether more follow (announced
 * politely), a "Load more" button while they do, and the error of a failed load.
 */
export function ListFooter({ list, count, noun: [one, many], updating = false }: ListFooterProps) {
  const { hasNextPage, loadingMore, loadMore, loadMoreError } = list;
  return (
    <>
      <div className={styles.listFooter}>
        <p className="list-footer__count" role="status">
          {updating
            ? 'Updating…'
            : `Showing ${count} ${count === 1 ? one : many}${hasNextPage ? '; more follow' : ''}.`}
        </p>
        {hasNextPage ? (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={loadingMore || undefined}
            onClick={loadMore}
          >
            {loadingMore ? 'Loading…' : `Load more ${many}`}
          </button>
        ) : null}
      </div>
      <FormError error={loadMoreError} />
    </>
  );
}
