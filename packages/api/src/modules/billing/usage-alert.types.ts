import { IsBoolean, IsUUID, MaxLength } from 'class-validator';
import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { METER_IDS, USAGE_ALERT_PERCENT_MAX } from '@orgplane/schema';
import { Connection } from '../../graphql/connection.ts';
import type { UsageAlertKind } from './usage-alert.entity.ts';

enum UsageAlertKindEnum {
  QUANTITY = 'quantity',
  CREDITS = 'credits',
  PERCENT_OF_INCLUDED_CREDITS = 'percent',
}
registerEnumType(UsageAlertKindEnum, {
  name: 'UsageAlertKind',
  description: 'What a usage alert’s threshold counts, over the current billing period.',
  valuesConfig: {
    QUANTITY: { description: 'Units of the alert’s meter (runs, minutes, cents of tool spend, tokens).' },
    CREDITS: { description: 'Credits, of the alert’s meter or of all meters.' },
    PERCENT_OF_INCLUDED_CREDITS: {
      description: `Credits (of the meter or of all) as a percentage of the credits the plan includes, 1 to ${USAGE_ALERT_PERCENT_MAX}.`,
    },
  },
});

@InputType({ description: 'A usage alert’s settings.' })
export class UsageAlertSettingsInput {
  @Field(() => String, {
    nullable: true,
    description: `The meter watched (${METER_IDS.join(', ')}); omitted or null: all meters (credits only).`,
  })
  @MaxLength(100)
  meter?: string | null;

  @Field(() => UsageAlertKindEnum, { description: 'What the threshold counts.' })
  kind: UsageAlertKind;

  @Field(() => SafeIntResolver, { description: 'The threshold: units, credits or a percentage, by `kind`.' })
  threshold: number;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Mail the owners, admins and billing address when it is crossed (once per period).',
  })
  @IsBoolean()
  notifyByEmail: boolean;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'Send `usage.alert.triggered` to the webhook endpoints subscribed to it when it is crossed (once per period).',
  })
  @IsBoolean()
  notifyByWebhook: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Once crossed, refuse further usage (USAGE_THROTTLED) until the next period or a higher threshold.',
  })
  @IsBoolean()
  throttle: boolean;
}

@InputType({ description: 'A new usage alert.' })
export class CreateUsageAlertInput extends UsageAlertSettingsInput {}

@InputType({
  description: 'New settings for a usage alert; a changed meter, kind or threshold may fire again this period.',
})
export class UpdateUsageAlertInput extends UsageAlertSettingsInput {
  @Field(() => ID, { description: 'The alert.' })
  @IsUUID()
  alertId: string;
}

@InputType({ description: 'The usage alert to delete.' })
export class DeleteUsageAlertInput {
  @Field(() => ID, { description: 'The alert.' })
  @IsUUID()
  alertId: string;
}

@ObjectType({
  description: 'A threshold on usage that mails once per billing period and may throttle.',
  simpleResolvers: true,
})
export class UsageAlert {
  @Field(() => ID, { description: 'The alert id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The meter watched; null: all meters.' })
  meter: string | null;

  @Field(() => UsageAlertKindEnum, { description: 'What the threshold counts.' })
  kind: UsageAlertKind;

  @Field(() => SafeIntResolver, { description: 'The threshold as set: units, credits or a percentage.' })
  threshold: number;

  @Field(() => Boolean, { description: 'Whether crossing it mails the owners, admins and billing address.' })
  notifyByEmail: boolean;

  @Field(() => Boolean, { description: 'Whether crossing it notifies the subscribed webhook endpoints.' })
  notifyByWebhook: boolean;

  @Field(() => Boolean, { description: 'Whether crossing it refuses further usage this period.' })
  throttle: boolean;

  @Field(() => SafeIntResolver, {
    description: 'What it counts so far this period, in the unit of `thresholdValue`.',
  })
  currentValue: number;

  @Field(() => SafeIntResolver, {
    description: 'The threshold in units of the meter (QUANTITY) or credits (a percentage resolved against the plan).',
  })
  thresholdValue: number;

  @Field(() => Boolean, { description: 'Whether it is crossed this period (a throttling alert then refuses usage).' })
  crossed: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it last fired, in any period.' })
  lastTriggeredAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When its settings last changed.' })
  updatedAt: Date;
}

@ObjectType({
  description: 'A usage alert crossed: fired once for its settings in a billing period.',
  simpleResolvers: true,
})
class UsageAlertTrigger {
  @Field(() => ID, { description: 'The trigger id.' })
  id: string;

  @Field(() => ID, { description: 'The alert that fired.' })
  alertId: string;

  @Field(() => String, { nullable: true, description: 'The alert’s meter now; null: all meters.' })
  meter: string | null;

  @Field(() => UsageAlertKindEnum, { description: 'What the alert counts now.' })
  kind: UsageAlertKind;

  @Field(() => DateTimeISOResolver, { description: 'The start of the billing period it fired in.' })
  periodStart: Date;

  @Field(() => SafeIntResolver, { description: 'What it counted when it fired.' })
  value: number;

  @Field(() => SafeIntResolver, { description: 'The threshold it crossed, in the same unit.' })
  thresholdValue: number;

  @Field(() => DateTimeISOResolver, { description: 'When it fired.' })
  triggeredAt: Date;
}

@ObjectType({ description: 'A page of usage alert triggers.', simpleResolvers: true })
export class UsageAlertTriggerConnection extends Connection(UsageAlertTrigger, 'UsageAlertTrigger') {}

@ObjectType({ description: 'The result of createUsageAlert.', simpleResolvers: true })
export class CreateUsageAlertPayload {
  @Field(() => UsageAlert, { description: 'The new alert.' })
  alert: UsageAlert;
}

@ObjectType({ description: 'The result of updateUsageAlert.', simpleResolvers: true })
export class UpdateUsageAlertPayload {
  @Field(() => UsageAlert, { description: 'The alert as it is now.' })
  alert: UsageAlert;
}

@ObjectType({ description: 'The result of deleteUsageAlert.', simpleResolvers: true })
export class DeleteUsageAlertPayload {
  @Field(() => ID, { description: 'The deleted alert’s id.' })
  deletedAlertId: string;
}
