import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.ts';
import { auditActorOf, type Context } from '../../graphql/context.ts';
import { requireId } from '../../graphql/errors.ts';
import { WebhookService, type WebhookDeliveryRow, type WebhookEndpointRow } from './webhook.service.ts';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointPayload,
  RedeliverWebhookDeliveryInput,
  RedeliverWebhookDeliveryPayload,
  RotateWebhookSecretPayload,
  SendWebhookTestEventPayload,
  UpdateWebhookEndpointInput,
  UpdateWebhookEndpointPayload,
  type WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointConnection,
  WebhookEndpointIdInput,
} from './webhook.types.ts';

function toEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    disabledAt: row.disabled_at,
    consecutiveFailures: row.consecutive_failures,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDelivery(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type,
    eventData: row.event_data,
    status: row.status,
    attemptCount: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    completedAt: row.completed_at,
    createdAt: row.created_at,
    attempts: row.attempt_log.map((attempt) => ({
      attempt: attempt.attempt,
      succeeded: attempt.succeeded,
      responseStatus: attempt.response_status,
      durationMs: attempt.duration_ms,
      error: attempt.error,
      attemptedAt: new Date(attempt.created_at),
    })),
  };
}

function webhooks(context: Context): WebhookService {
  return new WebhookService(context.em, {
    dataEncryptionKey: context.services.secrets.dataEncryptionKey,
    allowPrivateTargets: context.services.config.webhooks.allowPrivateTargets,
  });
}

const org = (context: Context) => context.tenant!.orgId;

@Resolver()
export class WebhookResolver {
  @Query(() => WebhookEndpointConnection, { description: 'The organization’s webhook endpoints, oldest first.' })
  async webhookEndpoints(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<WebhookEndpointConnection> {
    const result = await webhooks(context).list(org(context), page);
    return { ...result, edges: result.edges.map(({ cursor, node }) => ({ cursor, node: toEndpoint(node) })) };
  }

  @Query(() => WebhookEndpoint, { description: 'One webhook endpoint of the organization.' })
  async webhookEndpoint(
    @Arg('id', () => ID, { description: 'The endpoint id.' }) id: string,
    @Ctx() context: Context,
  ): Promise<WebhookEndpoint> {
    return toEndpoint(await webhooks(context).get(org(context), requireId(id, 'id')));
  }

  @Query(() => WebhookDeliveryConnection, {
    description: 'The deliveries to one endpoint, newest first, each with its attempts (the delivery log).',
  })
  async webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'The endpoint.' }) endpointId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<WebhookDeliveryConnection> {
    const result = await webhooks(context).deliveries(org(context), requireId(endpointId, 'endpointId'), page);
    return { ...result, edges: result.edges.map(({ cursor, node }) => ({ cursor, node: toDelivery(node) })) };
  }

  @Mutation(() => CreateWebhookEndpointPayload, {
    nullable: true,
    description: 'Adds a webhook endpoint (at most 10 per organization); the answer shows its signing secret once.',
  })
  async createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() context: Context,
  ): Promise<CreateWebhookEndpointPayload> {
    const { endpoint, secret } = await webhooks(context).create(org(context), auditActorOf(context), input);
    return { endpoint: toEndpoint(endpoint), secret };
  }

  @Mutation(() => UpdateWebhookEndpointPayload, {
    nullable: true,
    description: 'Changes a webhook endpoint: its URL, description, event types, or whether it is enabled.',
  })
  async updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() context: Context,
  ): Promise<UpdateWebhookEndpointPayload> {
    const endpoint = await webhooks(context).update(org(context), auditActorOf(context), input.endpointId, input);
    return { endpoint: toEndpoint(endpoint) };
  }

  @Mutation(() => DeleteWebhookEndpointPayload, {
    nullable: true,
    description: 'Deletes a webhook endpoint with its deliveries and their log.',
  })
  async deleteWebhookEndpoint(
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
    @Ctx() context: Context,
  ): Promise<DeleteWebhookEndpointPayload> {
    return {
      deletedEndpointId: await webhooks(context).delete(org(context), auditActorOf(context), input.endpointId),
    };
  }

  @Mutation(() => RotateWebhookSecretPayload, {
    nullable: true,
    description: 'Gives a webhook endpoint a new signing secret, shown once; the old one stops signing at once.',
  })
  async rotateWebhookSecret(
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
    @Ctx() context: Context,
  ): Promise<RotateWebhookSecretPayload> {
    const { endpoint, secret } = await webhooks(context).rotateSecret(
      org(context),
      auditActorOf(context),
      input.endpointId,
    );
    return { endpoint: toEndpoint(endpoint), secret };
  }

  @Mutation(() => SendWebhookTestEventPayload, {
    nullable: true,
    description: 'Sends a `webhook.test` event to one enabled endpoint, whatever it subscribes to.',
  })
  async sendWebhookTestEvent(
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
    @Ctx() context: Context,
  ): Promise<SendWebhookTestEventPayload> {
    const delivery = await webhooks(context).sendTestEvent(org(context), auditActorOf(context), input.endpointId);
    return { delivery: toDelivery(delivery) };
  }

  @Mutation(() => RedeliverWebhookDeliveryPayload, {
    nullable: true,
    description: 'Sends a delivery’s event again to the same endpoint, as a new delivery with its own attempts.',
  })
  async redeliverWebhookDelivery(
    @Arg('input', () => RedeliverWebhookDeliveryInput) input: RedeliverWebhookDeliveryInput,
    @Ctx() context: Context,
  ): Promise<RedeliverWebhookDeliveryPayload> {
    const delivery = await webhooks(context).redeliver(org(context), auditActorOf(context), input.deliveryId);
    return { delivery: toDelivery(delivery) };
  }
}
