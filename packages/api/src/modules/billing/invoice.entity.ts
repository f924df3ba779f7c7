import {
  BigIntType,
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
import { BILLING_CYCLES, METER_IDS, PLAN_IDS, type BillingCycle, type MeterId, type PlanId } from '@orgplane/schema';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';
import { BillingPeriod } from './billing-period.entity.ts';

const INVOICED_KINDS = ['trial', 'paid'] as const;

/** The invoice of one closed billing period: immutable once issued (a trigger refuses changes). */
@Entity({ tableName: 'invoice' })
@Unique({ name: 'invoice_number_key', properties: ['organization', 'number'] })
@Unique({ name: 'invoice_period_key', properties: ['period'] })
@Check({ name: 'invoice_total_check', expression: 'total = prorated_base + usage_amount and total >= 0' })
@Index({ name: 'invoice_by_creation', properties: ['organization', 'createdAt', 'id'] })
export class Invoice extends TenantOwned {
  [OptionalProps]?: 'createdAt';

  /** Sequential per organization, from 1. */
  @Property({ type: 'integer' })
  number!: number;

  @ManyToOne(() => BillingPeriod, {
    joinColumns: ['org_id', 'period_ends_at'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  period!: Rel<BillingPeriod>;

  @Property({ type: 'timestamptz' })
  periodStartsAt!: Date;

  @Enum({ items: () => INVOICED_KINDS, type: 'text' })
  periodKind!: (typeof INVOICED_KINDS)[number];

  @Enum({ items: () => PLAN_IDS, type: 'text' })
  plan!: PlanId;

  @Enum({ items: () => BILLING_CYCLES, type: 'text' })
  billingCycle!: BillingCycle;

  @Property({ type: 'text' })
  currency!: string;

  /** The cycle's base price, and the part of it charged (prorated when the period was short). */
  @Property({ type: new BigIntType('number') })
  basePrice!: number;

  @Property({ type: new BigIntType('number') })
  proratedBase!: number;

  @Property({ type: new BigIntType('number') })
  includedCredits!: number;

  @Property({ type: new BigIntType('number') })
  usedCredits!: number;

  @Property({ type: new BigIntType('number') })
  usageAmount!: number;

  @Property({ type: new BigIntType('number') })
  total!: number;

  /** When it was issued. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One meter's line on an invoice. */
@Entity({ tableName: 'invoice_line' })
@Check({
  name: 'invoice_line_credits_check',
  expression: 'billable_credits = credits - included_credits and billable_credits >= 0',
})
export class InvoiceLine {
  [PrimaryKeyProp]?: ['orgId', 'invoice', 'line'];

  @PrimaryKey({ type: 'uuid', fieldName: 'org_id' })
  orgId!: string;

  @ManyToOne(() => Invoice, {
    primary: true,
    joinColumns: ['org_id', 'invoice_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  invoice!: Rel<Invoice>;

  /** The line's place on the invoice, from 1. */
  @PrimaryKey({ type: 'smallint' })
  line!: number;

  @Enum({ items: () => METER_IDS, type: 'text' })
  meter!: MeterId;

  @Property({ type: new BigIntType('number') })
  quantity!: number;

  @Property({ type: new BigIntType('number') })
  credits!: number;

  @Property({ type: new BigIntType('number') })
  includedCredits!: number;

  @Property({ type: new BigIntType('number') })
  billableCredits!: number;

  /** Cents per 1,000 billable credits. */
  @Property({ type: new BigIntType('number') })
  unitPrice!: number;

  @Property({ type: new BigIntType('number') })
  amount!: number;

  /** What of it was recorded after its own period had closed (billed here instead). */
  @Property({ type: new BigIntType('number') })
  lateQuantity!: number;

  @Property({ type: new BigIntType('number') })
  lateCredits!: number;
}
