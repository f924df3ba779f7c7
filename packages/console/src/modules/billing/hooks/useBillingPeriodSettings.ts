import { useQuery } from '@apollo/client/react';
import type { BillingPeriodSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useCallback } from 'react';
import { BillingPeriodSettingsQuery } from '../graphql/billingPeriods.ts';

/**
 * Where the organization's billing periods end and the next periods that makes, asked again on
 * every visit (a period may have closed since).
 */
export function useBillingPeriodSettings() {
  const query = useQuery(BillingPeriodSettingsQuery, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const settings: BillingPeriodSettingsFieldsFragment | undefined = query.data?.billingPeriodSettings;
  const { refetch } = query;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { settings, error: settings ? undefined : query.error, retry };
}
