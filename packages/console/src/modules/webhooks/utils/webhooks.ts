import type { WebhookDeliveryStatus, WebhookDisabledReason } from '@orgplane/schema/generated/graphql';

/**
 * The event types an endpoint can subscribe to, with what they mean. The API has no query that
 * lists them (its `WEBHOOK_EVENT_TYPES` is named only in the input's description), so the console
 * keeps them here, in the API's order.
 */
export const WEBHOOK_EVENT_TYPES = [
  {
    id: 'invoice.issued',
    label: 'Invoice issued',
    description: 'An invoice for a billing period is issued.',
  },
  {
    id: 'usage.alert.triggered',
    label: 'Usage alert triggered',
    description: 'Usage crossed the threshold of one of the organization’s usage alerts.',
  },
  {
    id: 'subscription.updated',
    label: 'Subscription updated',
    description: 'The plan or status of the organization’s subscription changed.',
  },
  {
    id: 'member.joined',
    label: 'Member joined',
    description: 'Someone accepted an invitation and joined the organization.',
  },
  {
    id: 'member.archived',
    label: 'Member archived',
    description: 'A member was archived and lost access.',
  },
] as const;

/** Sent only by "Send test event", to one endpoint, whatever it subscribes to. */
const TEST_EVENT = 'webhook.test';

/** The most endpoints an organization may keep (the API refuses more with WEBHOOK_ENDPOINT_LIMIT_REACHED). */
export const WEBHOOK_ENDPOINTS_PER_ORG_MAX = 10;

/** The longest description the API accepts. */
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 500;

/** "Usage alert triggered" for `usage.alert.triggered`; an unknown type as it is. */
export function eventTypeLabel(type: string): string {
  if (type === TEST_EVENT) return 'Test event';
  return WEBHOOK_EVENT_TYPES.find((event) => event.id === type)?.label ?? type;
}

/** Why an endpoint is disabled, in a sentence. */
export function disabledReasonText(reason: WebhookDisabledReason | null | undefined): string {
  if (reason === 'FAILURES') {
    return 'Its deliveries kept failing: 5 in a row failed every retry, so Orgplane stopped sending to it.';
  }
  return 'Someone in the organization disabled it.';
}

/** The badge of a delivery status: its words and its tone. */
export function deliveryStatusBadge(status: WebhookDeliveryStatus): { label: string; tone: string } {
  if (status === 'SUCCEEDED') return { label: 'Delivered', tone: 'success' };
  if (status === 'FAILED') return { label: 'Failed', tone: 'danger' };
  return { label: 'Pending', tone: 'neutral' };
}

/** "182 ms", "1.2 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** What is wrong with a typed URL before sending, or undefined (the API checks the rest). */
export function urlProblem(text: string): string | undefined {
  const value = text.trim();
  if (!value) return 'Enter the URL that receives the events, such as https://example.com/webhooks.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL, starting with https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Enter an https URL.';
  return undefined;
}

/** The event types of a form value (comma-separated, as forms hold strings). */
export function parseEventTypes(value: string): string[] {
  return value ? value.split(',') : [];
}
