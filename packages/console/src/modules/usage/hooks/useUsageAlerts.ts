import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { useCallback } from 'react';
import { UsageAlertsQuery } from '../graphql/usageAlerts.ts';
import { LIVE_POLLING } from '../utils/live.ts';

/** One usage alert as the list shows it. */
export type UsageAlertItem = DocumentType<typeof UsageAlertsQuery>['usageAlerts'][number];

/** The current period's usage, which the alerts are measured against. */
export type AlertPeriod = DocumentType<typeof UsageAlertsQuery>['usageTotals'];

/**
 * The organization's usage alerts with where each stands this period, and the period's usage,
 * polled while the page is visible (the API's push asks again sooner). A failed poll keeps the
 * last answer on screen.
 */
export function useUsageAlerts() {
  const query = useQuery(UsageAlertsQuery, { fetchPolicy: 'cache-and-network', ...LIVE_POLLING });
  const data = query.data ?? query.previousData;
  const { refetch } = query;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { alerts: data?.usageAlerts, period: data?.usageTotals, error: data ? undefined : query.error, retry };
}
