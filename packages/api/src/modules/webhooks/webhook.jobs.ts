import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import type { JobDefinition, JobQueue } from '../../jobs/queue.ts';
import type { Logger } from '../../logger.ts';
import { sql } from '../../database/sql.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { Outbox } from '../mail/mail.service.ts';
import { webhookEndpointDisabledEmail } from '../mail/mail.templates.ts';
import { DELIVER_WEBHOOKS_JOB, openSecret } from './webhook.service.ts';
import { postWebhook, type PostOutcome } from './webhook-target.ts';

const SWEEP_JOB = 'webhook.sweep';

/** How many due deliveries one claim takes; they are sent concurrently. */
const CLAIM_BATCH = 10;
/** One attempt may not outlast this. */
const ATTEMPT_TIMEOUT_MS = 10_000;
/** A claim's lease, well beyond one attempt: a sender that died loses its rows to others then. */
const LEASE_SECONDS = 60;
/** One drain gives way after this long (another wake-up continues). */
const DRAIN_BUDGET_MS = 60_000;
/** An endpoint whose deliveries ran out of retries this many times in a row is disabled. */
const DISABLE_AFTER_FAILED_DELIVERIES = 5;

export interface WebhookJobOptions {
  orm: MikroORM;
  queue: JobQueue;
  logger: Logger;
  dataEncryptionKey: Buffer;
  publicUrl: string;
  allowPrivateTargets: boolean;
  /** Seconds before each retry (WEBHOOK_RETRY_SCHEDULE); its length is the number of retries. */
  retryScheduleSeconds: readonly number[];
}

/** A claimed delivery with what sending it needs. */
interface ClaimedDelivery {
  org_id: string;
  id: string;
  endpoint_id: string;
  event_id: string;
  attempts: number;
  url: string;
  secret_sealed: string;
  type: string;
  data: Record<string, unknown>;
  event_created_at: Date;
}

/**
 * Takes up to `limit` due deliveries of enabled endpoints for this sender, disjoint from every
 * other sender's. An archived organization's deliveries wait: sent if it is restored, deleted
 * with it otherwise.
 */
async function claimDue(em: EntityManager, limit: number): Promise<ClaimedDelivery[]> {
  return em.getConnection().execute<ClaimedDelivery[]>(
    `update webhook_delivery d
        set claimed_until = now() + make_interval(secs => ?), attempts = d.attempts + 1
       from webhook_endpoint e, webhook_event v
      where (d.org_id, d.id) in (
              select c.org_id, c.id from webhook_delivery c
                join webhook_endpoint ce on ce.org_id = c.org_id and ce.id = c.endpoint_id
                join organization co on co.id = c.org_id and co.status <> 'archived'
               where c.status = 'pending' and c.next_attempt_at <= now()
                 and (c.claimed_until is null or c.claimed_until < now()) and ce.enabled
               order by c.next_attempt_at
               limit ?
               for update of c skip locked)
        and e.org_id = d.org_id and e.id = d.endpoint_id and v.org_id = d.org_id and v.id = d.event_id
      returning d.org_id, d.id, d.endpoint_id, d.event_id, d.attempts, e.url, e.secret_sealed, v.type, v.data,
                v.created_at as event_created_at`,
    [LEASE_SECONDS, limit],
  );
}

/**
 * Webhook delivery. The delivery table is the queue: a wake-up job (`webhook.deliver`, asked for
 * by every transaction that queued a delivery, at most one waiting) drains it — claim a batch of
 * due deliveries (`for update skip locked`, with a lease; several processes get disjoint rows),
 * POST each (Standard Webhooks headers, signed with the endpoint's secret, the host checked and
 * pinned against SSRF), record the attempt and the outcome, repeat until nothing is due. A failed
 * attempt makes the delivery due again after the next wait of the retry schedule; after the last
 * it has failed, and an endpoint with 5 failed deliveries in a row is disabled and its owner
 * mailed. A delayed wake-up is queued for the next retry due; the sweep every minute covers any
 * wake-up lost.
 */
export function webhookJobs(options: WebhookJobOptions): JobDefinition<object>[] {
  const schedule = options.retryScheduleSeconds;

  const send = async (delivery: ClaimedDelivery): Promise<PostOutcome> => {
    const body = JSON.stringify({
      type: delivery.type,
      timestamp: new Date(delivery.event_created_at).toISOString(),
      data: delivery.data,
    });
    const signer = new Webhook(openSecret(options.dataEncryptionKey, delivery.secret_sealed));
    const now = new Date();
    return postWebhook({
      url: delivery.url,
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Orgplane-Webhooks/1.0',
        // The event's id: the same on every attempt and redelivery, so receivers can deduplicate.
        'webhook-id': delivery.event_id,
        'webhook-timestamp': Math.floor(now.getTime() / 1000).toString(),
        'webhook-signature': signer.sign(delivery.event_id, now, body),
      },
      timeoutMs: ATTEMPT_TIMEOUT_MS,
      allowPrivate: options.allowPrivateTargets,
    });
  };

  /** Records one attempt and what follows from it, in one transaction. */
  const record = async (delivery: ClaimedDelivery, outcome: PostOutcome): Promise<void> => {
    const outbox = new Outbox(options.dataEncryptionKey);
    await options.orm.em.fork().transactional(async (em) => {
      await sql(
        em,
        `insert into webhook_attempt (org_id, delivery_id, attempt, succeeded, response_status, duration_ms, error)
         values (?, ?, ?, ?, ?, ?, ?) on conflict (org_id, delivery_id, attempt) do nothing`,
        [
          delivery.org_id,
          delivery.id,
          delivery.attempts,
          outcome.succeeded,
          outcome.status,
          outcome.durationMs,
          outcome.error,
        ],
      );
      if (outcome.succeeded) {
        await sql(
          em,
          `update webhook_delivery set status = 'succeeded', completed_at = now(), claimed_until = null
            where org_id = ? and id = ?`,
          [delivery.org_id, delivery.id],
        );
        await sql(
          em,
          `update webhook_endpoint set consecutive_failures = 0 where org_id = ? and id = ? and consecutive_failures > 0`,
          [delivery.org_id, delivery.endpoint_id],
        );
        return;
      }
      const wait = schedule[delivery.attempts - 1];
      if (wait !== undefined) {
        await sql(
          em,
          `update webhook_delivery set claimed_until = null, next_attempt_at = now() + make_interval(secs => ?)
            where org_id = ? and id = ?`,
          [wait, delivery.org_id, delivery.id],
        );
        return;
      }
      await sql(
        em,
        `update webhook_delivery set status = 'failed', completed_at = now(), claimed_until = null
          where org_id = ? and id = ?`,
        [delivery.org_id, delivery.id],
      );
      const [disabled] = await sql<{ url: string; consecutive_failures: number; just_disabled: boolean }>(
        em,
        `update webhook_endpoint
            set consecutive_failures = consecutive_failures + 1,
                enabled = case when consecutive_failures + 1 >= ? then false else enabled end,
                disabled_reason = case when enabled and consecutive_failures + 1 >= ? then 'failures' else disabled_reason end,
                disabled_at = case when enabled and consecutive_failures + 1 >= ? then now() else disabled_at end
          where org_id = ? and id = ?
          returning url, consecutive_failures, (enabled is false and disabled_at = now()) as just_disabled`,
        [
          DISABLE_AFTER_FAILED_DELIVERIES,
          DISABLE_AFTER_FAILED_DELIVERIES,
          DISABLE_AFTER_FAILED_DELIVERIES,
          delivery.org_id,
          delivery.endpoint_id,
        ],
      );
      if (!disabled?.just_disabled) return;
      await recordAudit(
        em,
        { userId: null, label: 'webhooks', ip: 'system', userAgent: null, requestId: crypto.randomUUID() },
        {
          orgId: delivery.org_id,
          action: 'webhook.endpoint_disabled',
          targetType: 'webhook_endpoint',
          targetId: delivery.endpoint_id,
          before: { enabled: true },
          after: {
            enabled: false,
            reason: 'failures',
            failedDeliveries: disabled.consecutive_failures,
            lastError: outcome.error,
          },
        },
      );
      const owners = await sql<{ email: string; org_name: string }>(
        em,
        `select u.email, o.name as org_name from organization o
           join membership m on m.org_id = o.id and m.status = 'active' and m.role = 'owner'
           join app_user u on u.id = m.user_id
          where o.id = ?`,
        [delivery.org_id],
      );
      for (const owner of owners) {
        outbox.queue(
          em,
          owner.email,
          webhookEndpointDisabledEmail({
            organizationName: owner.org_name,
            endpointUrl: disabled.url,
            failedDeliveries: disabled.consecutive_failures,
            lastError: outcome.error,
            url: `${options.publicUrl}/settings/webhooks`,
          }),
        );
      }
      options.logger.warn(
        { orgId: delivery.org_id, endpointId: delivery.endpoint_id },
        'webhook endpoint disabled after failed deliveries',
      );
    });
    await outbox.dispatch(options.queue, options.orm.em.fork());
  };

  const deliver = async (delivery: ClaimedDelivery): Promise<void> => {
    const outcome = await send(delivery);
    if (!outcome.succeeded) {
      options.logger.info(
        { deliveryId: delivery.id, attempt: delivery.attempts, status: outcome.status, error: outcome.error },
        'webhook attempt failed',
      );
    }
    await record(delivery, outcome);
  };

  const drain = async () => {
    const em = options.orm.em.fork();
    const started = Date.now();
    for (;;) {
      const claimed = await claimDue(em, CLAIM_BATCH);
      if (!claimed.length) break;
      if (claimed.length === CLAIM_BATCH) await options.queue.send(DELIVER_WEBHOOKS_JOB, {});
      const results = await Promise.allSettled(claimed.map(deliver));
      for (const result of results) {
        // The claim's lease runs out and another drain retries it.
        if (result.status === 'rejected') options.logger.error({ err: result.reason }, 'webhook attempt not recorded');
      }
      if (Date.now() - started > DRAIN_BUDGET_MS) {
        await options.queue.send(DELIVER_WEBHOOKS_JOB, {});
        return;
      }
    }
    // Wake up when the next waiting delivery is due.
    const [next] = await em.getConnection().execute<Array<{ at: Date | string | null }>>(
      `select min(d.next_attempt_at) as at from webhook_delivery d
         join webhook_endpoint e on e.org_id = d.org_id and e.id = d.endpoint_id
         join organization o on o.id = d.org_id and o.status <> 'archived'
        where d.status = 'pending' and e.enabled and (d.claimed_until is null or d.claimed_until < now())`,
    );
    if (next?.at) {
      const at = new Date(next.at);
      await options.queue.send(DELIVER_WEBHOOKS_JOB, {}, { key: `at-${at.getTime()}`, startAfter: at });
    }
  };

  return [
    { name: DELIVER_WEBHOOKS_JOB, handle: drain, retryLimit: 10, wakeUp: true },
    { name: SWEEP_JOB, handle: () => options.queue.send(DELIVER_WEBHOOKS_JOB, {}), retryLimit: 0, cron: '* * * * *' },
  ];
}
