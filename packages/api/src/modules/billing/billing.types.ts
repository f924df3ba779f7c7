import type { BillingCycle, MeterId, SubscriptionStatus } from '@orgplane/schema';
import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

enum BillingCycleEnum {
  MONTHLY = 'monthly',
  ANNUAL = 'annual',
  CUSTOM = 'custom',
}
registerEnumType(BillingCycleEnum, {
  name: 'BillingCycle',
  description: 'How often a subscription is billed.',
  valuesConfig: {
    MONTHLY: { description: 'Every month.' },
    ANNUAL: { description: 'Every twelve months.' },
    CUSTOM: { description: 'Periods agreed with sales (the plan says how many months).' },
  },
});

enum SubscriptionStatusEnum {
  TRIAL = 'trial',
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  CANCELLED = 'cancelled',
  EXPIRED = 'expired',
}
registerEnumType(SubscriptionStatusEnum, {
  name: 'SubscriptionStatus',
  description: 'Where a subscription is in its lifecycle.',
  valuesConfig: {
    TRIAL: { description: 'A free trial, until `trialEndDate`.' },
    ACTIVE: { description: 'Paid and in force.' },
    SUSPENDED: { description: 'Stopped by an operator (for example an unpaid invoice).' },
    CANCELLED: { description: 'Ended at the end of a period after a cancellation or without auto-renewal.' },
    EXPIRED: { description: 'The trial ended without a plan being chosen.' },
  },
});

export enum MeterEnum {
  WORKFLOW_RUNS = 'workflowRuns',
  VOICE_MINUTES = 'voiceMinutes',
  TOOL_SPEND = 'toolSpend',
  RAG_TOKENS = 'ragTokens',
}
registerEnumType(MeterEnum, { name: 'Meter', description: 'What usage is measured in.' });

@ObjectType({ description: 'An amount of money.', simpleResolvers: true })
export class Money {
  @Field(() => SafeIntResolver, { description: 'The amount in the currency’s minor unit (cents).' })
  amount: number;

  @Field(() => String, { description: 'The ISO 4217 currency code.' })
  currency: string;
}

@ObjectType({ description: 'A billing cycle a plan offers, with its price.', simpleResolvers: true })
export class PlanCycle {
  @Field(() => BillingCycleEnum, { description: 'The cycle.' })
  cycle: BillingCycle;

  @Field(() => Money, { description: 'The base price per period.' })
  basePrice: Money;

  @Field(() => Int, { description: 'How many calendar months one period lasts.' })
  months: number;
}

@ObjectType({ description: 'What a plan allows; null means unlimited.', simpleResolvers: true })
export class PlanEntitlements {
  @Field(() => Int, {
    nullable: true,
    description: 'The most active members, pending invitations included.',
  })
  maxActiveMembers: number | null;

  @Field(() => Int, { nullable: true, description: 'The most workspaces.' })
  maxWorkspaces: number | null;

  @Field(() => Int, { nullable: true, description: 'The most API keys that work (neither revoked nor expired).' })
  maxApiKeys: number | null;
}

@ObjectType({ description: 'What one meter costs in credits on a plan.', simpleResolvers: true })
export class MeterPrice {
  @Field(() => MeterEnum, { description: 'The meter.' })
  meter: MeterId;

  @Field(() => String, { description: 'The meter’s name.' })
  label: string;

  @Field(() => String, { description: 'The unit its quantities are in.' })
  unit: string;

  @Field(() => Int, { description: 'Credits charged for `per` units (rounded up per event).' })
  credits: number;

  @Field(() => Int, { description: 'The number of units `credits` buys.' })
  per: number;
}

@ObjectType({ description: 'A plan of the catalogue.', simpleResolvers: true })
export class Plan {
  @Field(() => ID, { description: 'The plan id (`starter`, `team`, …).' })
  id: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => String, { description: 'Who it is for.' })
  description: string;

  @Field(() => [PlanCycle], { description: 'The billing cycles it is offered in, with prices.' })
  cycles: PlanCycle[];

  @Field(() => SafeIntResolver, { description: 'Credits included in every period.' })
  includedCredits: number;

  @Field(() => PlanEntitlements, { description: 'What it allows.' })
  entitlements: PlanEntitlements;

  @Field(() => [MeterPrice], { description: 'Its price book: credits per unit of each meter.' })
  priceBook: MeterPrice[];
}

@ObjectType({ description: 'How much of its plan’s limits the organization uses now.', simpleResolvers: true })
export class EntitlementUsage {
  @Field(() => Int, { description: 'Active members.' })
  activeMembers: number;

  @Field(() => Int, { description: 'Pending invitations (they count against the member limit).' })
  pendingInvitations: number;

  @Field(() => Int, { description: 'Workspaces.' })
  workspaces: number;

  @Field(() => Int, { description: 'API keys that work.' })
  apiKeys: number;
}

@ObjectType({
  description: 'The organization’s subscription: exactly one per organization.',
  simpleResolvers: true,
})
export class OrganizationSubscription {
  /** Whose subscription it is (not a field: the caller's tenant). */
  orgId: string;

  @Field(() => Plan, { description: 'The plan.' })
  plan: Plan;

  @Field(() => String, { description: 'The product name billed (the plan’s name).' })
  productName: string;

  @Field(() => SubscriptionStatusEnum, { description: 'Where it is in its lifecycle.' })
  status: SubscriptionStatus;

  @Field(() => BillingCycleEnum, { description: 'How often it is billed.' })
  billingCycle: BillingCycle;

  @Field(() => Boolean, { description: 'Whether it renews at the end of each period.' })
  autoRenew: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the trial ends or ended, if there was one.' })
  trialEndDate: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When the current period started.' })
  currentPeriodStart: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the current period ends (for a trial: the trial end).' })
  currentPeriodEnd: Date;

  @Field(() => Boolean, { description: 'Whether it is cancelled at the end of the current period.' })
  cancelAtPeriodEnd: boolean;
}

@InputType({ description: 'The plan and cycle to subscribe to.' })
export class ChangeSubscriptionPlanInput {
  @Field(() => ID, { description: 'A plan id from `plans`.' })
  planId: string;

  @Field(() => BillingCycleEnum, { description: 'One of the cycles the plan offers.' })
  billingCycle: BillingCycle;
}

@InputType({ description: 'Whether the subscription renews at period end.' })
export class SetSubscriptionAutoRenewInput {
  @Field(() => Boolean, { description: 'True to renew, false to end with the current period.' })
  autoRenew: boolean;
}

@ObjectType({ description: 'The result of changing the plan.', simpleResolvers: true })
export class ChangeSubscriptionPlanPayload {
  @Field(() => OrganizationSubscription, { description: 'The subscription as it is now.' })
  subscription: OrganizationSubscription;
}

@ObjectType({ description: 'The result of cancelling at period end.', simpleResolvers: true })
export class CancelSubscriptionPayload {
  @Field(() => OrganizationSubscription, { description: 'The subscription as it is now.' })
  subscription: OrganizationSubscription;
}

@ObjectType({ description: 'The result of taking a cancellation back.', simpleResolvers: true })
export class ResumeSubscriptionPayload {
  @Field(() => OrganizationSubscription, { description: 'The subscription as it is now.' })
  subscription: OrganizationSubscription;
}

@ObjectType({ description: 'The result of changing auto-renewal.', simpleResolvers: true })
export class SetSubscriptionAutoRenewPayload {
  @Field(() => OrganizationSubscription, { description: 'The subscription as it is now.' })
  subscription: OrganizationSubscription;
}
