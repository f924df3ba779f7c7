import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { BillingPeriodsQuery } from '../graphql/billingPeriods.ts';

/** Periods per page of the history. */
const PERIOD_PAGE_SIZE = 12;

/** One billing period as the history shows it. */
export type BillingPeriodItem = DocumentType<typeof BillingPeriodsQuery>['billingPeriods']['edges'][number]['node'];

/** The organization's billing periods, newest first, with "Load more"; asked again on every visit. */
export function useBillingPeriods() {
  const query = useQuery(BillingPeriodsQuery, {
    variables: { first: PERIOD_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return usePagedList(query, (data) => data.billingPeriods);
}
