import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { SubscriptionFieldsFragment } from '@orgplane/schema/generated/graphql';
import {
  BillingSubscriptionQuery,
  CancelSubscriptionMutation,
  ChangeSubscriptionPlanMutation,
  ResumeSubscriptionMutation,
  SetSubscriptionAutoRenewMutation,
} from '../graphql/billing.ts';

/**
 * The subscription has no id of its own (there is one per organization), so the cache cannot
 * match a mutation's answer to the query by itself: each mutation writes its answer over the
 * page's query.
 */
function writeSubscription(cache: ApolloCache, subscription: SubscriptionFieldsFragment | undefined): void {
  if (subscription) cache.writeQuery({ query: BillingSubscriptionQuery, data: { billingSubscription: subscription } });
}

/** Chooses a plan and cycle: ends a trial, subscribes again, or changes an active plan at once. */
export function useChangeSubscriptionPlan() {
  return useMutation(ChangeSubscriptionPlanMutation, {
    update: (cache, { data }) => writeSubscription(cache, data?.changeSubscriptionPlan?.subscription),
  });
}

/** Cancels an active subscription at the end of its period. */
export function useCancelSubscription() {
  return useMutation(CancelSubscriptionMutation, {
    update: (cache, { data }) => writeSubscription(cache, data?.cancelSubscription?.subscription),
  });
}

/** Takes a cancellation back before the period ends. */
export function useResumeSubscription() {
  return useMutation(ResumeSubscriptionMutation, {
    update: (cache, { data }) => writeSubscription(cache, data?.resumeSubscription?.subscription),
  });
}

/** Turns renewal at period end on or off. */
export function useSetSubscriptionAutoRenew() {
  return useMutation(SetSubscriptionAutoRenewMutation, {
    update: (cache, { data }) => writeSubscription(cache, data?.setSubscriptionAutoRenew?.subscription),
  });
}
