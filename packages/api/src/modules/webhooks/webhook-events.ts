/** The event types an endpoint can subscribe to, as they travel in a webhook's `type`. */
export const WEBHOOK_EVENT_TYPES = [
  'invoice.issued',
  'usage.alert.triggered',
  'subscription.updated',
  'member.joined',
  'member.archived',
] as const;

/** A subscribable event type. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by `sendWebhookTestEvent`, to the one endpoint asked for, subscribed to it or not. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
