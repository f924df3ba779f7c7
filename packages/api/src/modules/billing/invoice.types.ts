import { ArrayMaxSize, Max, Min } from 'class-validator';
import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { BillingCycle, MeterId } from '@orgplane/schema';
import { Connection } from '../../graphql/connection.ts';
import type { BillingPeriodKind } from './billing-period.entity.ts';
import { CALENDAR_MAX_BOUNDARIES } from './billing-periods.ts';
import { BillingCycleEnum, MeterEnum, Money } from './billing.types.ts';

enum BillingPeriodKindEnum {
  TRIAL = 'trial',
  PAID = 'paid',
  INACTIVE = 'inactive',
}
registerEnumType(BillingPeriodKindEnum, {
  name: 'BillingPeriodKind',
  description: 'What a billing period was.',
  valuesConfig: {
    TRIAL: { description: 'A free trial: invoiced with nothing to pay.' },
    PAID: { description: 'A paid period of the subscription.' },
    INACTIVE: {
      description: 'Time without a subscription in force (after a cancellation or an expired trial); not invoiced.',
    },
  },
});

@ObjectType({ description: 'A span of time with a start and an end.', simpleResolvers: true })
export class PeriodSpan {
  @Field(() => DateTimeISOResolver, { description: 'Where it starts.' })
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'Where it ends (the next one starts here).' })
  endsAt: Date;
}

@ObjectType({ description: 'One billing period of the organization.', simpleResolvers: true })
class BillingPeriod {
  @Field(() => Int, { description: 'Its place in the organization’s periods, from 1.' })
  number: number;

  @Field(() => DateTimeISOResolver, { description: 'Where it starts: where the period before it ended.' })
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'Where it ends (or will end, while it is open).' })
  endsAt: Date;

  @Field(() => BillingPeriodKindEnum, { description: 'What it was.' })
  kind: BillingPeriodKind;

  @Field(() => String, { description: 'The plan id it is billed on.' })
  plan: string;

  @Field(() => BillingCycleEnum, { description: 'The billing cycle it is billed on.' })
  billingCycle: BillingCycle;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When it closed; null while it is the open period.',
  })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Its invoice, once issued.' })
  invoiceId: string | null;

  @Field(() => Int, { nullable: true, description: 'Its invoice’s number, once issued.' })
  invoiceNumber: number | null;
}

@ObjectType({ description: 'A page of billing periods, newest first.', simpleResolvers: true })
export class BillingPeriodConnection extends Connection(BillingPeriod, 'BillingPeriod') {}

@ObjectType({ description: 'Where billing periods end, and what that makes of the next ones.', simpleResolvers: true })
export class BillingPeriodSettings {
  @Field(() => Int, {
    description: 'The day of the month periods end on (the month’s last day when it is shorter).',
  })
  anchorDay: number;

  @Field(() => [DateTimeISOResolver], {
    description:
      'The custom fiscal calendar’s boundaries after the current period, in order; empty when periods follow the anchor day. After the last boundary, periods follow the anchor day again.',
  })
  fiscalCalendar: Date[];

  @Field(() => [PeriodSpan], { description: 'The next periods these settings make, from the end of the current one.' })
  upcoming: PeriodSpan[];
}

@InputType({ description: 'New billing period settings; they apply from the next period.' })
export class UpdateBillingPeriodSettingsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'The day of the month periods end on, 1 to 31; omitted: unchanged.',
  })
  @Min(1)
  @Max(31)
  anchorDay?: number | null;

  @Field(() => [DateTimeISOResolver], {
    nullable: true,
    description: `A custom fiscal calendar: the instants periods end on, after the current period (at most ${CALENDAR_MAX_BOUNDARIES}, each period 1 to 400 days). An empty list removes it; omitted: unchanged.`,
  })
  @ArrayMaxSize(CALENDAR_MAX_BOUNDARIES)
  fiscalCalendar?: Date[] | null;
}

@ObjectType({ description: 'The result of updateBillingPeriodSettings.', simpleResolvers: true })
export class UpdateBillingPeriodSettingsPayload {
  @Field(() => BillingPeriodSettings, { description: 'The settings as they are now.' })
  settings: BillingPeriodSettings;
}

@ObjectType({ description: 'One meter’s line on an invoice.', simpleResolvers: true })
export class InvoiceLine {
  @Field(() => Int, { description: 'Its place on the invoice, from 1.' })
  line: number;

  @Field(() => MeterEnum, { description: 'The meter.' })
  meter: MeterId;

  @Field(() => SafeIntResolver, { description: 'Units of the meter billed in the period.' })
  quantity: number;

  @Field(() => SafeIntResolver, { description: 'The credits they cost.' })
  credits: number;

  @Field(() => SafeIntResolver, {
    description: 'The credits covered by the plan’s included credits (given to meters in catalogue order).',
  })
  includedCredits: number;

  @Field(() => SafeIntResolver, { description: 'The credits beyond them: `credits − includedCredits`.' })
  billableCredits: number;

  @Field(() => Money, { description: 'The price of 1,000 billable credits.' })
  unitPrice: Money;

  @Field(() => Money, {
    description: 'What the line costs: billable credits at the unit price, rounded half up to the cent.',
  })
  amount: Money;

  @Field(() => SafeIntResolver, {
    description: 'Of the quantity, units that occurred in an earlier period but arrived after it had closed.',
  })
  lateQuantity: number;

  @Field(() => SafeIntResolver, { description: 'The credits of those late units.' })
  lateCredits: number;
}

@ObjectType({
  description: 'The invoice of one closed billing period. Issued invoices never change.',
  simpleResolvers: true,
})
export class Invoice {
  @Field(() => ID, { description: 'The invoice id.' })
  id: string;

  @Field(() => Int, { description: 'Its number: 1, 2, 3… per organization, in period order.' })
  number: number;

  @Field(() => DateTimeISOResolver, { description: 'The start of the period it bills.' })
  periodStart: Date;

  @Field(() => DateTimeISOResolver, { description: 'The end of the period it bills.' })
  periodEnd: Date;

  @Field(() => Boolean, { description: 'Whether the period was a free trial (nothing to pay).' })
  trial: boolean;

  @Field(() => String, { description: 'The plan id it bills.' })
  plan: string;

  @Field(() => String, { description: 'The plan’s name.' })
  planName: string;

  @Field(() => BillingCycleEnum, { description: 'The billing cycle.' })
  billingCycle: BillingCycle;

  @Field(() => Money, { description: 'The cycle’s base price.' })
  basePrice: Money;

  @Field(() => Money, {
    description:
      'The base price charged: in proportion to the period’s length when it was shorter than a whole period.',
  })
  proratedBase: Money;

  @Field(() => SafeIntResolver, { description: 'Credits the plan includes per period.' })
  includedCredits: number;

  @Field(() => SafeIntResolver, { description: 'Credits used in the period (late arrivals included).' })
  usedCredits: number;

  @Field(() => Money, { description: 'What the usage lines cost together.' })
  usageAmount: Money;

  @Field(() => Money, { description: 'What the invoice comes to: the prorated base price plus the usage.' })
  total: Money;

  @Field(() => DateTimeISOResolver, { description: 'When it was issued.' })
  issuedAt: Date;
}

@ObjectType({ description: 'A page of invoices, newest first.', simpleResolvers: true })
export class InvoiceConnection extends Connection(Invoice, 'Invoice') {}
