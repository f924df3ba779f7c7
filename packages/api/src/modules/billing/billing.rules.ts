import { can, parentGuarded, publicAccess, type RuleMap } from '../../graphql/authorization.ts';

export const billingRules: RuleMap = {
  Query: { plans: publicAccess, billingSubscription: can('billing.read') },
  Mutation: {
    changeSubscriptionPlan: can('billing.manage'),
    cancelSubscription: can('billing.manage'),
    resumeSubscription: can('billing.manage'),
    setSubscriptionAutoRenew: can('billing.manage'),
  },
  Plan: { '*': parentGuarded },
  PlanCycle: { '*': parentGuarded },
  PlanEntitlements: { '*': parentGuarded },
  MeterPrice: { '*': parentGuarded },
  Money: { '*': parentGuarded },
  OrganizationSubscription: { '*': parentGuarded, usage: can('billing.read') },
  EntitlementUsage: { '*': parentGuarded },
  ChangeSubscriptionPlanPayload: { '*': parentGuarded },
  CancelSubscriptionPayload: { '*': parentGuarded },
  ResumeSubscriptionPayload: { '*': parentGuarded },
  SetSubscriptionAutoRenewPayload: { '*': parentGuarded },
};
