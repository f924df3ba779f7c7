import { ArrayMaxSize, IsBoolean, IsUUID, MaxLength } from 'class-validator';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.ts';
import type { WebhookDeliveryStatus, WebhookDisabledReason } from './webhook.entity.ts';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT } from './webhook-events.ts';

enum WebhookDisabledReasonEnum {
  MANUAL = 'manual',
  FAILURES = 'failures',
}
registerEnumType(WebhookDisabledReasonEnum, {
  name: 'WebhookDisabledReason',
  description: 'Why a webhook endpoint is disabled.',
  valuesConfig: {
    MANUAL: { description: 'Someone disabled it.' },
    FAILURES: { description: 'Its deliveries kept failing (5 in a row ran out of retries), so it was disabled.' },
  },
});

enum WebhookDeliveryStatusEnum {
  PENDING = 'pending',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery of an event to an endpoint stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first attempt or its next retry.' },
    SUCCEEDED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: { description: 'Every attempt failed; it is not retried any more (it can be redelivered).' },
  },
});

const EVENT_TYPES_DESCRIPTION = `Event types, from: ${WEBHOOK_EVENT_TYPES.join(', ')}.`;

@ObjectType({ description: 'An address that receives the organization’s events, signed.', simpleResolvers: true })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'The endpoint id.' })
  id: string;

  @Field(() => String, { description: 'Where events are POSTed (https).' })
  url: string;

  @Field(() => String, { description: 'What the endpoint is for, as its owners wrote it.' })
  description: string;

  @Field(() => [String], { description: `The event types it receives. ${EVENT_TYPES_DESCRIPTION}` })
  eventTypes: string[];

  @Field(() => Boolean, { description: 'Whether it receives events.' })
  enabled: boolean;

  @Field(() => WebhookDisabledReasonEnum, { nullable: true, description: 'Why it is disabled; null when enabled.' })
  disabledReason: WebhookDisabledReason | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was disabled; null when enabled.' })
  disabledAt: Date | null;

  @Field(() => Int, {
    description: 'Deliveries in a row that failed after every retry; at 5 the endpoint is disabled.',
  })
  consecutiveFailures: number;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of webhook endpoints.', simpleResolvers: true })
export class WebhookEndpointConnection extends Connection(WebhookEndpoint, 'WebhookEndpoint') {}

@ObjectType({ description: 'One attempt to deliver an event: the delivery log.', simpleResolvers: true })
export class WebhookDeliveryAttempt {
  @Field(() => Int, { description: 'Which attempt, from 1.' })
  attempt: number;

  @Field(() => Boolean, { description: 'Whether the endpoint answered with a 2xx status.' })
  succeeded: boolean;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when no answer came.' })
  responseStatus: number | null;

  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' })
  durationMs: number;

  @Field(() => String, {
    nullable: true,
    description: 'What went wrong (status and the start of the answer, or the network error), trimmed.',
  })
  error: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When the attempt ended.' })
  attemptedAt: Date;
}

@ObjectType({ description: 'One event on its way to one endpoint, with its attempts.', simpleResolvers: true })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery id.' })
  id: string;

  @Field(() => ID, { description: 'The endpoint it goes to.' })
  endpointId: string;

  @Field(() => ID, { description: 'The event, sent as `webhook-id` (the same on every attempt and redelivery).' })
  eventId: string;

  @Field(() => String, { description: `The event type: one of the subscribable ones, or ${WEBHOOK_TEST_EVENT}.` })
  eventType: string;

  @Field(() => JSONObjectResolver, { description: 'The event’s `data`, as sent.' })
  eventData: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where it stands.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attemptCount: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the next attempt is due; null once done.' })
  nextAttemptAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it succeeded or finally failed.' })
  completedAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was queued.' })
  createdAt: Date;

  @Field(() => [WebhookDeliveryAttempt], { description: 'Its attempts, first to last.' })
  attempts: WebhookDeliveryAttempt[];
}

@ObjectType({ description: 'A page of webhook deliveries, newest first.', simpleResolvers: true })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery') {}

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'Where to POST events: an https URL on a public address.' })
  @MaxLength(2000)
  url: string;

  @Field(() => String, { nullable: true, description: 'What it is for (up to 500 characters).' })
  @MaxLength(500)
  description?: string | null;

  @Field(() => [String], { description: `The event types to receive, at least one. ${EVENT_TYPES_DESCRIPTION}` })
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  eventTypes: string[];
}

@InputType({ description: 'A change of a webhook endpoint: what is given changes.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  @IsUUID()
  endpointId: string;

  @Field(() => String, { nullable: true, description: 'A new URL.' })
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  @MaxLength(500)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: `New event types, at least one. ${EVENT_TYPES_DESCRIPTION}` })
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  eventTypes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Enable or disable it. Enabling clears the failure count and sends the deliveries that waited meanwhile.',
  })
  @IsBoolean()
  enabled?: boolean | null;
}

@InputType({ description: 'The webhook endpoint meant.' })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: 'The endpoint.' })
  @IsUUID()
  endpointId: string;
}

@InputType({ description: 'The delivery to send again.' })
export class RedeliverWebhookDeliveryInput {
  @Field(() => ID, { description: 'The delivery.' })
  @IsUUID()
  deliveryId: string;
}

@ObjectType({ description: 'The result of createWebhookEndpoint.', simpleResolvers: true })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'The new endpoint.' })
  endpoint: WebhookEndpoint;

  @Field(() => String, {
    description:
      'The signing secret (Standard Webhooks, `whsec_…`). Shown only now: keep it to verify `webhook-signature`.',
  })
  secret: string;
}

@ObjectType({ description: 'The result of updateWebhookEndpoint.', simpleResolvers: true })
export class UpdateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint as it is now.' })
  endpoint: WebhookEndpoint;
}

@ObjectType({ description: 'The result of deleteWebhookEndpoint.', simpleResolvers: true })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { description: 'The deleted endpoint’s id.' })
  deletedEndpointId: string;
}

@ObjectType({ description: 'The result of rotateWebhookSecret.', simpleResolvers: true })
export class RotateWebhookSecretPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint: WebhookEndpoint;

  @Field(() => String, { description: 'The new signing secret, shown only now; the old one no longer signs.' })
  secret: string;
}

@ObjectType({ description: 'The result of sendWebhookTestEvent.', simpleResolvers: true })
export class SendWebhookTestEventPayload {
  @Field(() => WebhookDelivery, { description: 'The queued delivery of the `webhook.test` event.' })
  delivery: WebhookDelivery;
}

@ObjectType({ description: 'The result of redeliverWebhookDelivery.', simpleResolvers: true })
export class RedeliverWebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { description: 'The new delivery of the same event to the same endpoint.' })
  delivery: WebhookDelivery;
}
