import { IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { METER_IDS, USAGE_EVENTS_PER_REQUEST_MAX } from '@orgplane/schema';
import { Connection } from '../../graphql/connection.ts';

@InputType({ description: 'One usage event.' })
export class UsageEventInput {
  @Field(() => String, { description: `The meter: ${METER_IDS.join(', ')} (see \`plans.priceBook\`).` })
  @MaxLength(100)
  meter: string;

  @Field(() => SafeIntResolver, { description: 'How many units of the meter, above zero.' })
  quantity: number;

  @Field(() => ID, { nullable: true, description: 'The member it is attributed to (charged to their credits).' })
  @IsUUID()
  membershipId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The workspace it happened in.' })
  @IsUUID()
  workspaceId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The model that produced it, such as an AI model label (`gpt-4o`), 1 to 100 characters: costs can be read per model.',
  })
  @MaxLength(1000)
  model?: string | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When it happened (at most 5 minutes ahead, at most a year ago); now if omitted.',
  })
  occurredAt?: Date | null;

  @Field(() => String, { description: 'What reported it (a service or job name), 1 to 100 characters.' })
  @MaxLength(1000)
  source: string;

  @Field(() => String, {
    description:
      'A key unique to this event (1 to 255 printable ASCII characters): sending it again records nothing new and answers the event recorded the first time.',
  })
  @MaxLength(1000)
  idempotencyKey: string;
}

@InputType({ description: 'A batch of usage events.' })
export class RecordUsageInput {
  @Field(() => [UsageEventInput], { description: `1 to ${USAGE_EVENTS_PER_REQUEST_MAX} events.` })
  @ValidateNested({ each: true })
  events: UsageEventInput[];
}

@ObjectType({ description: 'A recorded usage event.', simpleResolvers: true })
export class UsageEvent {
  @Field(() => ID, { description: 'The event id.' })
  id: string;

  @Field(() => String, { description: 'The meter.' })
  meter: string;

  @Field(() => SafeIntResolver, { description: 'How many units.' })
  quantity: number;

  @Field(() => SafeIntResolver, {
    description: 'The credits it cost, from the plan’s price book when it was recorded.',
  })
  credits: number;

  @Field(() => ID, { nullable: true, description: 'The member it is attributed to.' })
  membershipId: string | null;

  @Field(() => ID, { nullable: true, description: 'The workspace it happened in.' })
  workspaceId: string | null;

  @Field(() => String, { nullable: true, description: 'The model that produced it, if the caller named one.' })
  model: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it happened.' })
  occurredAt: Date;

  @Field(() => String, { description: 'What reported it.' })
  source: string;

  @Field(() => String, { description: 'Its idempotency key.' })
  idempotencyKey: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was recorded.' })
  recordedAt: Date;
}

@ObjectType({ description: 'A page of usage events.', simpleResolvers: true })
export class UsageEventConnection extends Connection(UsageEvent, 'UsageEvent') {}

@ObjectType({ description: 'An invalid value of one event.', simpleResolvers: true })
export class UsageFieldError {
  @Field(() => String, { description: 'The path, such as `events.3.quantity`.' })
  path: string;

  @Field(() => String, { description: 'What is wrong with it.' })
  message: string;
}

@ObjectType({ description: 'Why one event was not recorded.', simpleResolvers: true })
export class UsageEventError {
  @Field(() => String, { description: 'A stable error code: VALIDATION_FAILED or CREDIT_LIMIT_REACHED.' })
  code: string;

  @Field(() => String, { description: 'What went wrong, for people.' })
  message: string;

  @Field(() => [UsageFieldError], { description: 'The invalid values, by path.' })
  fields: UsageFieldError[];
}

@ObjectType({ description: 'The outcome of one event of the batch.', simpleResolvers: true })
export class UsageEventResult {
  @Field(() => Int, { description: 'Its position in the batch, from 0.' })
  index: number;

  @Field(() => String, { description: 'Its idempotency key, as sent.' })
  idempotencyKey: string;

  @Field(() => UsageEvent, { nullable: true, description: 'The event, recorded now or before; null when refused.' })
  event: UsageEvent | null;

  @Field(() => Boolean, { description: 'True when the key was recorded before: this is that event, counted once.' })
  duplicate: boolean;

  @Field(() => UsageEventError, { nullable: true, description: 'Why it was refused.' })
  error: UsageEventError | null;
}

@ObjectType({ description: 'The outcome of a batch, event by event.', simpleResolvers: true })
export class RecordUsagePayload {
  @Field(() => [UsageEventResult], { description: 'One result per event, in the order sent.' })
  results: UsageEventResult[];

  @Field(() => Int, { description: 'Events recorded by this call.' })
  recordedCount: number;

  @Field(() => Int, { description: 'Events whose key was recorded before.' })
  duplicateCount: number;

  @Field(() => Int, { description: 'Events refused.' })
  refusedCount: number;
}

@ObjectType({ description: 'One meter’s usage over a range.', simpleResolvers: true })
export class UsageTotal {
  @Field(() => String, { description: 'The meter.' })
  meter: string;

  @Field(() => String, { description: 'The meter’s name.' })
  label: string;

  @Field(() => String, { description: 'The unit of its quantities.' })
  unit: string;

  @Field(() => SafeIntResolver, { description: 'How many units.' })
  quantity: number;

  @Field(() => SafeIntResolver, { description: 'The credits they cost.' })
  credits: number;

  @Field(() => SafeIntResolver, { description: 'How many events.' })
  events: number;
}

@ObjectType({ description: 'Usage totals per meter over a range.', simpleResolvers: true })
export class UsageTotals {
  @Field(() => DateTimeISOResolver, { description: 'The range’s start (inclusive).' })
  from: Date;

  @Field(() => DateTimeISOResolver, { description: 'The range’s end (exclusive).' })
  to: Date;

  @Field(() => [UsageTotal], { description: 'Every meter, zero when unused.' })
  meters: UsageTotal[];

  @Field(() => SafeIntResolver, { description: 'The credits of all meters together.' })
  credits: number;

  @Field(() => SafeIntResolver, { description: 'The credits the plan includes per period.' })
  includedCredits: number;
}

@ObjectType({ description: 'One bucket of a usage time series.', simpleResolvers: true })
export class UsagePoint {
  @Field(() => DateTimeISOResolver, { description: 'The bucket’s start.' })
  start: Date;

  @Field(() => SafeIntResolver, { description: 'How many units.' })
  quantity: number;

  @Field(() => SafeIntResolver, { description: 'The credits they cost.' })
  credits: number;

  @Field(() => SafeIntResolver, { description: 'How many events.' })
  events: number;
}

@ObjectType({ description: 'One member’s, workspace’s or model’s usage over a range.', simpleResolvers: true })
export class UsageBreakdownRow {
  @Field(() => ID, { description: 'The membership or workspace id, or the model label.' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'The member’s or workspace’s name, if it still exists, or the model label.',
  })
  name: string | null;

  @Field(() => SafeIntResolver, { description: 'How many units (of the meter asked for, else of all meters).' })
  quantity: number;

  @Field(() => SafeIntResolver, { description: 'The credits they cost.' })
  credits: number;

  @Field(() => SafeIntResolver, { description: 'How many events.' })
  events: number;
}
