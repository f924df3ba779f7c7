import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKeyProp,
  Property,
  type Rel,
} from '@mikro-orm/core';
import {
  BILLING_CYCLES,
  PLAN_IDS,
  SUBSCRIPTION_STATUSES,
  type BillingCycle,
  type PlanId,
  type SubscriptionStatus,
} from '@orgplane/schema';
import { Organization } from '../organizations/organization.entity.ts';

/** An organization's one subscription: its plan, status, cycle and current period. */
@Entity({ tableName: 'subscription' })
@Check({ name: 'subscription_period_months_check', expression: 'period_months >= 1 and period_months <= 12' })
@Check({ name: 'subscription_period_check', expression: 'period_ends_at > period_starts_at' })
@Check({ name: 'subscription_anchor_day_check', expression: 'anchor_day >= 1 and anchor_day <= 31' })
@Check({ name: 'subscription_trial_end_check', expression: "status <> 'trial' or trial_ends_at is not null" })
@Index({
  name: 'subscription_due',
  expression: `create index subscription_due on subscription (period_ends_at) where status = any (array['trial', 'active'])`,
})
export class Subscription {
  [OptionalProps]?:
    | 'status'
    | 'billingCycle'
    | 'periodMonths'
    | 'autoRenew'
    | 'trialEndsAt'
    | 'cancelAtPeriodEnd'
    | 'anchorDay'
    | 'createdAt'
    | 'updatedAt';

  [PrimaryKeyProp]?: 'organization';

  @ManyToOne(() => Organization, { primary: true, fieldName: 'org_id', deleteRule: 'cascade', updateRule: 'no action' })
  organization!: Rel<Organization>;

  @Enum({ items: () => PLAN_IDS, type: 'text' })
  plan!: PlanId;

  @Enum({ items: () => SUBSCRIPTION_STATUSES, type: 'text', default: 'trial' })
  status: SubscriptionStatus = 'trial';

  @Enum({ items: () => BILLING_CYCLES, type: 'text', default: 'monthly' })
  billingCycle: BillingCycle = 'monthly';

  /** The length of a period in calendar months (the chosen cycle's). */
  @Property({ type: 'smallint', default: 1 })
  periodMonths = 1;

  @Property({ type: 'boolean', default: true })
  autoRenew = true;

  @Property({ type: 'timestamptz', nullable: true })
  trialEndsAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  periodStartsAt!: Date;

  @Property({ type: 'timestamptz' })
  periodEndsAt!: Date;

  @Property({ type: 'boolean', default: false })
  cancelAtPeriodEnd = false;

  /** The day of the month periods end on (the last day in shorter months). */
  @Property({ type: 'smallint', default: 1 })
  anchorDay = 1;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
