import { METERS, PLAN_IDS, CURRENCY, planOf, type PlanId } from '@orgplane/schema';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditActorOf, type Context } from '../../graphql/context.ts';
import {
  CancelSubscriptionPayload,
  ChangeSubscriptionPlanInput,
  ChangeSubscriptionPlanPayload,
  EntitlementUsage,
  OrganizationSubscription,
  Plan,
  ResumeSubscriptionPayload,
  SetSubscriptionAutoRenewInput,
  SetSubscriptionAutoRenewPayload,
} from './billing.types.ts';
import { SubscriptionService, type SubscriptionRow } from './subscription.service.ts';

function toPlan(id: PlanId): Plan {
  const plan = planOf(id);
  return {
    id,
    name: plan.name,
    description: plan.description,
    cycles: Object.entries(plan.cycles).map(([cycle, offer]) => ({
      cycle: cycle as keyof typeof plan.cycles,
      basePrice: { amount: offer.basePrice, currency: CURRENCY },
      months: offer.months,
    })),
    includedCredits: plan.includedCredits,
    overagePrice: { amount: plan.overagePrice, currency: CURRENCY },
    entitlements: { ...plan.entitlements },
    priceBook: Object.entries(plan.priceBook).map(([meter, price]) => ({
      meter: meter as keyof typeof METERS,
      label: METERS[meter as keyof typeof METERS].label,
      unit: METERS[meter as keyof typeof METERS].unit,
      credits: price.credits,
      per: price.per,
    })),
  };
}

/** The catalogue, built once: it is constant. */
const PLAN_LIST: readonly Plan[] = PLAN_IDS.map(toPlan);

function toSubscription(row: SubscriptionRow): OrganizationSubscription {
  return {
    orgId: row.org_id,
    plan: PLAN_LIST.find((plan) => plan.id === row.plan)!,
    productName: planOf(row.plan).name,
    status: row.status,
    billingCycle: row.billing_cycle,
    autoRenew: row.auto_renew,
    trialEndDate: row.trial_ends_at,
    currentPeriodStart: row.period_starts_at,
    currentPeriodEnd: row.period_ends_at,
    cancelAtPeriodEnd: row.cancel_at_period_end,
  };
}

const subscriptions = (context: Context) => new SubscriptionService(context.em);

@Resolver(() => OrganizationSubscription)
export class BillingResolver {
  @Query(() => [Plan], { description: 'Public: the plan catalogue, cheapest first.' })
  plans(): readonly Plan[] {
    return PLAN_LIST;
  }

  @Query(() => OrganizationSubscription, { description: 'The current organization’s subscription.' })
  async billingSubscription(@Ctx() context: Context): Promise<OrganizationSubscription> {
    return toSubscription(await subscriptions(context).current(context.tenant!.orgId));
  }

  @FieldResolver(() => EntitlementUsage, { description: 'How much of the plan’s limits the organization uses now.' })
  usage(@Root() subscription: OrganizationSubscription, @Ctx() context: Context): Promise<EntitlementUsage> {
    return subscriptions(context).entitlementUsage(subscription.orgId);
  }

  @Mutation(() => ChangeSubscriptionPlanPayload, {
    nullable: true,
    description:
      'Chooses a plan and billing cycle: ends a trial, subscribes again after a cancellation or expiry (a new period starts now), or changes an active plan at once.',
  })
  async changeSubscriptionPlan(
    @Arg('input', () => ChangeSubscriptionPlanInput) input: ChangeSubscriptionPlanInput,
    @Ctx() context: Context,
  ): Promise<ChangeSubscriptionPlanPayload> {
    const row = await subscriptions(context).changePlan(context.tenant!.orgId, auditActorOf(context), input);
    return { subscription: toSubscription(row) };
  }

  @Mutation(() => CancelSubscriptionPayload, {
    nullable: true,
    description: 'Cancels an active subscription at the end of its current period; it stays in force until then.',
  })
  async cancelSubscription(@Ctx() context: Context): Promise<CancelSubscriptionPayload> {
    const row = await subscriptions(context).cancel(context.tenant!.orgId, auditActorOf(context));
    return { subscription: toSubscription(row) };
  }

  @Mutation(() => ResumeSubscriptionPayload, {
    nullable: true,
    description: 'Takes back a cancellation before the period ends.',
  })
  async resumeSubscription(@Ctx() context: Context): Promise<ResumeSubscriptionPayload> {
    const row = await subscriptions(context).resume(context.tenant!.orgId, auditActorOf(context));
    return { subscription: toSubscription(row) };
  }

  @Mutation(() => SetSubscriptionAutoRenewPayload, {
    nullable: true,
    description: 'Turns renewal at period end on or off (in trial or active).',
  })
  async setSubscriptionAutoRenew(
    @Arg('input', () => SetSubscriptionAutoRenewInput) input: SetSubscriptionAutoRenewInput,
    @Ctx() context: Context,
  ): Promise<SetSubscriptionAutoRenewPayload> {
    const row = await subscriptions(context).setAutoRenew(
      context.tenant!.orgId,
      auditActorOf(context),
      input.autoRenew,
    );
    return { subscription: toSubscription(row) };
  }
}
