import { useQuery } from '@apollo/client/react';
import type { UsageBucket } from '@orgplane/schema/generated/graphql';
import { useCallback } from 'react';
import { UsageSeriesQuery } from '../graphql/usage.ts';
import { LIVE_POLLING } from '../utils/live.ts';

/** One meter over the chosen range (the range ends now, on every poll), polled while the page is visible. */
export function useUsageSeries(meter: string, bucket: UsageBucket, withCosts: boolean) {
  const query = useQuery(UsageSeriesQuery, {
    variables: { meter, bucket, withCosts },
    fetchPolicy: 'cache-and-network',
    ...LIVE_POLLING,
  });
  const points = query.data?.usageSeries;
  const { refetch } = query;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { points, error: points ? undefined : query.error, retry };
}
