import { skipToken, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { UsageBreakdownQuery } from '../graphql/usage.ts';
import { LIVE_POLLING } from '../utils/live.ts';

/** How many members and workspaces the tables list. */
const TOP = 10;

/**
 * The top members and workspaces of the current period: of `meter`, or of all meters by credits
 * (`meter` null). `undefined` waits (the meter is not chosen yet). Polled while the page is visible.
 */
export function useUsageBreakdown(meter: string | null | undefined, withCosts: boolean) {
  const query = useQuery(
    UsageBreakdownQuery,
    meter === undefined
      ? skipToken
      : { variables: { meter, first: TOP, withCosts }, fetchPolicy: 'cache-and-network', ...LIVE_POLLING },
  );
  const shown = query.data ?? query.previousData;
  const { refetch } = query;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    members: shown?.members,
    workspaces: shown?.workspaces,
    /** The rows shown are for another meter; the new ones are on their way. */
    updating: query.loading && !query.data && Boolean(query.previousData),
    error: shown ? undefined : query.error,
    retry,
  };
}
