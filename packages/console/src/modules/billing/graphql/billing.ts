import { graphql } from '@orgplane/schema/generated';

/**
 * A plan as the comparison shows it: prices per cycle, included credits and limits. Only codegen
 * reads these two fragments: the documents below spread them by name and the components take
 * their generated types, `PlanFieldsFragment` and `SubscriptionFieldsFragment`.
 */
graphql(`
  fragment PlanFields on Plan {
    id
    name
    description
    includedCredits
    cycles {
      cycle
      months
      basePrice {
        amount
        currency
      }
    }
    entitlements {
      maxActiveMembers
      maxWorkspaces
      maxApiKeys
    }
  }
`);

/** The subscription as the Billing page shows it; every mutation answers with the same fields. */
graphql(`
  fragment SubscriptionFields on OrganizationSubscription {
    productName
    status
    billingCycle
    autoRenew
    trialEndDate
    currentPeriodStart
    currentPeriodEnd
    cancelAtPeriodEnd
    plan {
      ...PlanFields
    }
    usage {
      activeMembers
      pendingInvitations
      workspaces
      apiKeys
    }
  }
`);

/** The organization's subscription and how much of its plan it uses. */
export const BillingSubscriptionQuery = graphql(`
  query BillingSubscription {
    billingSubscription {
      ...SubscriptionFields
    }
  }
`);

/** The plan catalogue, cheapest first (public). */
export const PlansQuery = graphql(`
  query Plans {
    plans {
      ...PlanFields
    }
  }
`);

/** Chooses a plan and billing cycle (ends a trial, subscribes again, or changes an active plan). */
export const ChangeSubscriptionPlanMutation = graphql(`
  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {
    changeSubscriptionPlan(input: $input) {
      subscription {
        ...SubscriptionFields
      }
    }
  }
`);

/** Cancels an active subscription at the end of its current period. */
export const CancelSubscriptionMutation = graphql(`
  mutation CancelSubscription {
    cancelSubscription {
      subscription {
        ...SubscriptionFields
      }
    }
  }
`);

/** Takes a cancellation back before the period ends. */
export const ResumeSubscriptionMutation = graphql(`
  mutation ResumeSubscription {
    resumeSubscription {
      subscription {
        ...SubscriptionFields
      }
    }
  }
`);

/** Turns renewal at period end on or off. */
export const SetSubscriptionAutoRenewMutation = graphql(`
  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {
    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {
      subscription {
        ...SubscriptionFields
      }
    }
  }
`);
