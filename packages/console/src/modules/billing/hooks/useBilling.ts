import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { BillingSubscriptionQuery, PlansQuery } from '../graphql/billing.ts';

/**
 * The organization's subscription and the plan catalogue, for the Billing page. Usage changes
 * whenever someone adds a member, workspace or key elsewhere: the subscription is asked again on
 * every visit. `retry` asks again for whichever failed.
 */
export function useBilling() {
  const subscriptionQuery = useQuery(BillingSubscriptionQuery, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const plansQuery = useQuery(PlansQuery);
  const subscription = subscriptionQuery.data?.billingSubscription;
  const plans = plansQuery.data?.plans;
  const { refetch: refetchSubscription } = subscriptionQuery;
  const { refetch: refetchPlans } = plansQuery;
  const failedSubscription = !subscription && Boolean(subscriptionQuery.error);
  const failedPlans = !plans && Boolean(plansQuery.error);
  const retry = useCallback(() => {
    if (failedSubscription) refetchSubscription().catch(() => undefined);
    if (failedPlans) refetchPlans().catch(() => undefined);
  }, [failedSubscription, failedPlans, refetchSubscription, refetchPlans]);
  return {
    subscription,
    plans,
    error: (subscription ? undefined : subscriptionQuery.error) ?? (plans ? undefined : plansQuery.error),
    retry,
  };
}
