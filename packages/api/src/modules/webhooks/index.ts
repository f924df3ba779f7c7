import { defineModule } from '../module.ts';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent } from './webhook.entity.ts';
import { webhookJobs } from './webhook.jobs.ts';
import { WebhookResolver } from './webhook.resolver.ts';
import { webhookRules } from './webhook.rules.ts';

/** Webhooks: an organization's endpoints, the events queued for them, signed delivery with retries, and the delivery log. */
export const webhooksModule = defineModule({
  name: 'webhooks',
  resolvers: [WebhookResolver],
  rules: webhookRules,
  entities: [WebhookEndpoint, WebhookEvent, WebhookDelivery, WebhookAttempt],
  jobs: ({ config, orm, queue, logger, secrets }) =>
    webhookJobs({
      orm,
      queue,
      logger,
      dataEncryptionKey: secrets.dataEncryptionKey,
      publicUrl: config.publicUrl,
      allowPrivateTargets: config.webhooks.allowPrivateTargets,
      retryScheduleSeconds: config.webhooks.retryScheduleSeconds,
    }),
});
