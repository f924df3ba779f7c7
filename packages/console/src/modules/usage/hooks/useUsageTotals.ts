import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { UsageTotalsQuery } from '../graphql/usage.ts';
import { LIVE_POLLING } from '../utils/live.ts';
import { useLastUpdated } from './useLastUpdated.ts';

/**
 * The current period's usage per meter, polled while the page is visible (credits only with
 * `withCosts`). A failed poll keeps the last figures on screen and says so through `error`.
 */
export function useUsageTotals(withCosts: boolean) {
  const query = useQuery(UsageTotalsQuery, {
    variables: { withCosts },
    fetchPolicy: 'cache-and-network',
    ...LIVE_POLLING,
  });
  const totals = (query.data ?? query.previousData)?.usageTotals;
  const updatedAt = useLastUpdated(query.loading, query.error);
  const { refetch } = query;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { totals, error: query.error, updatedAt, retry };
}
