import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { BILLING_CYCLES, PLAN_IDS, type BillingCycle, type PlanId } from '@orgplane/schema';
import { Organization } from '../organizations/organization.entity.ts';

const BILLING_PERIOD_KINDS = ['trial', 'paid', 'inactive'] as const;
/** What a period was: a trial, a paid period, or time without a subscription in force. */
export type BillingPeriodKind = (typeof BILLING_PERIOD_KINDS)[number];

/**
 * One billing period of an organization. Keyed by its end; every period but the first names the
 * end of the one before (`previous`) and starts there, so the database keeps the periods one line
 * without overlaps or gaps (see the migration).
 */
@Entity({ tableName: 'billing_period' })
@Unique({ name: 'billing_period_starts_at_key', properties: ['organization', 'startsAt'] })
@Unique({ name: 'billing_period_number_key', properties: ['organization', 'number'] })
@Check({
  name: 'billing_period_length_check',
  expression: 'ends_at > starts_at and nominal_ends_at > starts_at',
})
@Check({
  name: 'billing_period_follows_check',
  expression: '(number = 1 and follows is null) or (number > 1 and follows = starts_at)',
})
@Index({
  name: 'billing_period_open',
  expression: 'create unique index billing_period_open on billing_period (org_id) where closed_at is null',
})
@Index({
  name: 'billing_period_to_invoice',
  expression: `create index billing_period_to_invoice on billing_period (org_id, number) where closed_at is not null and invoiced_at is null and kind <> 'inactive'`,
})
export class BillingPeriod {
  [OptionalProps]?: 'previous' | 'closedAt' | 'invoicedAt' | 'createdAt';

  [PrimaryKeyProp]?: ['organization', 'endsAt'];

  @ManyToOne(() => Organization, { primary: true, fieldName: 'org_id', deleteRule: 'cascade', updateRule: 'no action' })
  organization!: Rel<Organization>;

  @PrimaryKey({ type: 'timestamptz' })
  endsAt!: Date;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  /** The period before (its end is this one's start); none for the first. */
  @ManyToOne(() => BillingPeriod, {
    joinColumns: ['org_id', 'follows'],
    nullable: true,
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  previous: Rel<BillingPeriod> | null = null;

  /** 1 for the organization's first period, then one more each. */
  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: () => BILLING_PERIOD_KINDS, type: 'text' })
  kind!: BillingPeriodKind;

  /** The plan and cycle it is billed on (set again when it closes). */
  @Enum({ items: () => PLAN_IDS, type: 'text' })
  plan!: PlanId;

  @Enum({ items: () => BILLING_CYCLES, type: 'text' })
  billingCycle!: BillingCycle;

  /** Where a whole period would have ended: the base price is prorated when it ended sooner. */
  @Property({ type: 'timestamptz' })
  nominalEndsAt!: Date;

  /** When it was closed; null while it is the open period. */
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** When its invoice was issued (trial and paid periods, once closed). */
  @Property({ type: 'timestamptz', nullable: true })
  invoicedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A boundary of an organization's custom fiscal calendar: a period ends here. */
@Entity({ tableName: 'billing_calendar' })
export class BillingCalendarBoundary {
  [PrimaryKeyProp]?: ['organization', 'boundary'];

  @ManyToOne(() => Organization, { primary: true, fieldName: 'org_id', deleteRule: 'cascade', updateRule: 'no action' })
  organization!: Rel<Organization>;

  @PrimaryKey({ type: 'timestamptz' })
  boundary!: Date;
}
