import { graphql } from '@orgplane/schema/generated';

/** One endpoint as the list, its page and its dialogs show it (never its secret). */
graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    enabled
    disabledReason
    disabledAt
    consecutiveFailures
    createdAt
    updatedAt
  }
`);

/** One delivery of the log, with its attempts. */
graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    endpointId
    eventId
    eventType
    status
    attemptCount
    nextAttemptAt
    completedAt
    createdAt
    attempts {
      attempt
      succeeded
      responseStatus
      durationMs
      error
      attemptedAt
    }
  }
`);

/** The organization's endpoints, oldest first (at most 10, so one page holds them). */
export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($first: Int!, $after: String) {
    webhookEndpoints(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...WebhookEndpointFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One endpoint, for its page. */
export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
    }
  }
`);

/** An endpoint's delivery log, newest first, a page at a time. */
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...WebhookDeliveryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The newest delivery to an endpoint, for the list's "Last delivery" column. */
export const LastWebhookDeliveryQuery = graphql(`
  query LastWebhookDelivery($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId, first: 1) {
      edges {
        node {
          id
          eventType
          status
          createdAt
          completedAt
        }
      }
    }
  }
`);

/** Adds an endpoint; the answer carries its signing secret, this once. */
export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

/** Changes an endpoint: URL, description, event types, or whether it is enabled. */
export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

/** Deletes an endpoint with its delivery log. */
export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($endpointId: ID!) {
    deleteWebhookEndpoint(input: { endpointId: $endpointId }) {
      deletedEndpointId
    }
  }
`);

/** A new signing secret, shown this once; the old one stops signing at once. */
export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($endpointId: ID!) {
    rotateWebhookSecret(input: { endpointId: $endpointId }) {
      secret
      endpoint {
        id
        updatedAt
      }
    }
  }
`);

/** Queues a `webhook.test` event to the endpoint. */
export const SendWebhookTestEventMutation = graphql(`
  mutation SendWebhookTestEvent($endpointId: ID!) {
    sendWebhookTestEvent(input: { endpointId: $endpointId }) {
      delivery {
        ...WebhookDeliveryFields
      }
    }
  }
`);

/** Sends a delivery's event again, as a new delivery. */
export const RedeliverWebhookDeliveryMutation = graphql(`
  mutation RedeliverWebhookDelivery($deliveryId: ID!) {
    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {
      delivery {
        ...WebhookDeliveryFields
      }
    }
  }
`);
