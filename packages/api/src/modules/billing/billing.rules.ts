import { can, parentGuarded, publicAccess, type RuleMap } from '../../graphql/authorization.ts';

export const billingRules: RuleMap = {
  Query: { plans: publicAccess, billingSubscription: can('billing.read'), usageEvents: can('usage.read') },
  Mutation: {
    changeSubscriptionPlan: can('billing.manage'),
    cancelSubscription: can('billing.manage'),
    resumeSubscription: can('billing.manage'),
    setSubscriptionAutoRenew: can('billing.manage'),
    recordUsage: can('usage.record'),
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
  // Credits are costs: checked on the field itself, on every row.
  UsageEvent: { '*': parentGuarded, credits: can('usage.readCosts') },
  UsageEventConnection: { '*': parentGuarded },
  UsageEventEdge: { '*': parentGuarded },
  UsageEventResult: { '*': parentGuarded },
  UsageEventError: { '*': parentGuarded },
  UsageFieldError: { '*': parentGuarded },
  RecordUsagePayload: { '*': parentGuarded },
};
