import { can, parentGuarded, type RuleMap } from '../../graphql/authorization.ts';

export const webhookRules: RuleMap = {
  Query: {
    webhookEndpoints: can('webhooks.read'),
    webhookEndpoint: can('webhooks.read'),
    webhookDeliveries: can('webhooks.read'),
  },
  Mutation: {
    createWebhookEndpoint: can('webhooks.manage'),
    updateWebhookEndpoint: can('webhooks.manage'),
    deleteWebhookEndpoint: can('webhooks.manage'),
    rotateWebhookSecret: can('webhooks.manage'),
    sendWebhookTestEvent: can('webhooks.manage'),
    redeliverWebhookDelivery: can('webhooks.manage'),
  },
  WebhookEndpoint: { '*': parentGuarded },
  WebhookEndpointConnection: { '*': parentGuarded },
  WebhookEndpointEdge: { '*': parentGuarded },
  WebhookDelivery: { '*': parentGuarded },
  WebhookDeliveryAttempt: { '*': parentGuarded },
  WebhookDeliveryConnection: { '*': parentGuarded },
  WebhookDeliveryEdge: { '*': parentGuarded },
  CreateWebhookEndpointPayload: { '*': parentGuarded },
  UpdateWebhookEndpointPayload: { '*': parentGuarded },
  DeleteWebhookEndpointPayload: { '*': parentGuarded },
  RotateWebhookSecretPayload: { '*': parentGuarded },
  SendWebhookTestEventPayload: { '*': parentGuarded },
  RedeliverWebhookDeliveryPayload: { '*': parentGuarded },
};
