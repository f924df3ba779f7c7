import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { SEND_PREFIX, WAKE_CHANNEL } from '../../jobs/queue.ts';
import { decryptSecret, encryptSecret } from '../../security/crypto.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { WebhookDeliveryStatus, WebhookDisabledReason } from './webhook.entity.ts';
import {
  isWebhookEventType,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_TEST_EVENT,
  type WebhookEventType,
} from './webhook-events.ts';
import { resolvedUrlProblem, urlProblem } from './webhook-target.ts';

/** The wake-up job that sends due deliveries (webhook.jobs.ts); it carries no data. */
export const DELIVER_WEBHOOKS_JOB = 'webhook.deliver';

/** At most this many endpoints per organization. */
const WEBHOOK_ENDPOINTS_PER_ORG_MAX = 10;
const DESCRIPTION_MAX_LENGTH = 500;

/**
 * Queues an event for the organization's webhooks, in the caller's transaction (`em`): one event
 * row and one pending delivery per enabled endpoint subscribed to `type`, in one statement, so
 * they exist exactly when the caller's change commits. Nothing is written when no endpoint
 * listens. The delivery job is woken once the transaction commits (a `pg_notify`, which
 * PostgreSQL delivers only then); the sweep every minute covers a lost wake-up. Returns the
 * event id, or null when nobody listens.
 */
export async function queueWebhookEvent(
  em: EntityManager,
  orgId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
): Promise<string | null> {
  const [queued] = await sql<{ event_id: string | null; deliveries: number }>(
    em,
    `with event as (
       insert into webhook_event (org_id, type, data)
       select ?, ?, ?::jsonb
        where exists (select 1 from webhook_endpoint where org_id = ? and enabled and ? = any(event_types))
       returning org_id, id
     ), delivered as (
       insert into webhook_delivery (org_id, endpoint_id, event_id)
       select e.org_id, e.id, event.id from webhook_endpoint e join event on event.org_id = e.org_id
        where e.enabled and ? = any(e.event_types)
       returning id
     )
     select (select id from event) as event_id, (select count(*)::int from delivered) as deliveries`,
    [orgId, type, JSON.stringify(data), orgId, type, type],
  );
  if (queued!.deliveries > 0) await wakeDeliveryOnCommit(em);
  return queued!.event_id;
}

/** Asks the working processes for a delivery wake-up once the transaction of `em` commits. */
async function wakeDeliveryOnCommit(em: EntityManager): Promise<void> {
  await sql(em, 'select pg_notify(?, ?)', [WAKE_CHANNEL, `${SEND_PREFIX}${DELIVER_WEBHOOKS_JOB}`]);
}

/** A new signing secret in the Standard Webhooks format: `whsec_` and 24 random bytes, base64. */
function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** An endpoint as read (never its secret). */
export interface WebhookEndpointRow extends CreationKeyed {
  id: string;
  url: string;
  description: string;
  event_types: string[];
  enabled: boolean;
  disabled_reason: WebhookDisabledReason | null;
  disabled_at: Date | null;
  consecutive_failures: number;
  created_at: Date;
  updated_at: Date;
}

/** One attempt of a delivery, as the log shows it. */
interface WebhookAttemptRow {
  attempt: number;
  succeeded: boolean;
  response_status: number | null;
  duration_ms: number;
  error: string | null;
  created_at: string;
}

/** A delivery with its event and attempts. */
export interface WebhookDeliveryRow extends CreationKeyed {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  event_data: Record<string, unknown>;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: Date | null;
  completed_at: Date | null;
  created_at: Date;
  attempt_log: WebhookAttemptRow[];
}

/** What a caller sets on a new endpoint. */
export interface WebhookEndpointInput {
  url: string;
  description?: string | null;
  eventTypes: readonly string[];
}

/** A change of an endpoint: what is given changes. */
export interface WebhookEndpointChange {
  url?: string | null;
  description?: string | null;
  eventTypes?: readonly string[] | null;
  enabled?: boolean | null;
}

/** How endpoint URLs are checked and secrets sealed. */
export interface WebhookSettings {
  readonly dataEncryptionKey: Buffer;
  readonly allowPrivateTargets: boolean;
}

const ENDPOINT_COLUMNS = `e.id, e.id as key, e.created_at::text as created_key, e.url, e.description, e.event_types,
  e.enabled, e.disabled_reason, e.disabled_at, e.consecutive_failures, e.created_at, e.updated_at`;

const DELIVERY_SELECT = `select d.id, d.id as key, d.created_at::text as created_key, d.endpoint_id, d.event_id,
       v.type as event_type, v.data as event_data, d.status, d.attempts,
       case when d.status = 'pending' then d.next_attempt_at end as next_attempt_at, d.completed_at, d.created_at,
       coalesce((select json_agg(json_build_object('attempt', a.attempt, 'succeeded', a.succeeded,
                        'response_status', a.response_status, 'duration_ms', a.duration_ms, 'error', a.error,
                        'created_at', a.created_at) order by a.attempt)
                   from webhook_attempt a where a.org_id = d.org_id and a.delivery_id = d.id), '[]'::json) as attempt_log
  from webhook_delivery d join webhook_event v on v.org_id = d.org_id and v.id = d.event_id`;

/** The endpoint as the audit trail records it: the secret never, only that one exists. */
function snapshot(endpoint: Pick<WebhookEndpointRow, 'url' | 'description' | 'event_types' | 'enabled'>) {
  return {
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.event_types,
    enabled: endpoint.enabled,
    secret: '[redacted]',
  };
}

/** An organization's webhook endpoints and their delivery log. */
export class WebhookService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: WebhookSettings,
  ) {}

  /** The endpoints, oldest first. */
  list(orgId: string, page: { first: number; after?: string | null }) {
    return pageByCreation<WebhookEndpointRow, WebhookEndpointRow>(
      this.em,
      {
        select: `select ${ENDPOINT_COLUMNS} from webhook_endpoint e`,
        where: 'e.org_id = ?',
        params: [orgId],
        alias: 'e',
        direction: 'asc',
      },
      page,
      (row) => row,
    );
  }

  async get(orgId: string, id: string, em: EntityManager = this.em): Promise<WebhookEndpointRow> {
    const [row] = await sql<WebhookEndpointRow>(
      em,
      `select ${ENDPOINT_COLUMNS} from webhook_endpoint e where e.org_id = ? and e.id = ?`,
      [orgId, id],
    );
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  /** Adds an endpoint (at most 10 per organization); the answer holds its secret, the only time it is shown. */
  async create(
    orgId: string,
    actor: AuditActor,
    input: WebhookEndpointInput,
  ): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
    const checked = await this.validate(input);
    const secret = newSecret();
    return this.em.transactional(async (em) => {
      await sql(em, 'select 1 from organization where id = ? for no key update', [orgId]);
      const [count] = await sql<{ n: number }>(em, 'select count(*)::int as n from webhook_endpoint where org_id = ?', [
        orgId,
      ]);
      if (count!.n >= WEBHOOK_ENDPOINTS_PER_ORG_MAX) {
        throw new DomainError('WEBHOOK_ENDPOINT_LIMIT_REACHED', {
          extensions: { limit: WEBHOOK_ENDPOINTS_PER_ORG_MAX },
        });
      }
      const [created] = await sql<{ id: string }>(
        em,
        `insert into webhook_endpoint (org_id, url, description, event_types, secret_sealed) values (?, ?, ?, ?, ?)
         returning id`,
        [
          orgId,
          checked.url,
          checked.description,
          checked.eventTypes,
          encryptSecret(this.settings.dataEncryptionKey, secret),
        ],
      );
      const endpoint = await this.get(orgId, created!.id, em);
      await recordAudit(em, actor, {
        orgId,
        action: 'webhook.endpoint_created',
        targetType: 'webhook_endpoint',
        targetId: endpoint.id,
        before: null,
        after: snapshot(endpoint),
      });
      return { endpoint, secret };
    });
  }

  /**
   * Changes an endpoint. Disabling records a manual reason; enabling clears the reason and the
   * failure count and makes its waiting deliveries due now.
   */
  async update(
    orgId: string,
    actor: AuditActor,
    id: string,
    change: WebhookEndpointChange,
  ): Promise<WebhookEndpointRow> {
    const problems: Array<{ path: string; message: string }> = [];
    if (change.url != null) await this.checkUrl(change.url, problems);
    if (change.eventTypes != null) checkEventTypes(change.eventTypes, problems);
    if (change.description != null) checkDescription(change.description, problems);
    if (problems.length) throw new ValidationFailedError(problems);
    return this.em.transactional(async (em) => {
      const [before] = await sql<WebhookEndpointRow>(
        em,
        `select ${ENDPOINT_COLUMNS} from organization o join webhook_endpoint e on e.org_id = o.id
          where o.id = ? and e.id = ? for key share of o for update of e`,
        [orgId, id],
      );
      if (!before) throw new DomainError('NOT_FOUND');
      const enabled = change.enabled ?? before.enabled;
      await sql(
        em,
        `update webhook_endpoint
            set url = coalesce(?, url), description = coalesce(?, description),
                event_types = coalesce(?::text[], event_types), enabled = ?,
                disabled_reason = case when ? then null when enabled then 'manual' else disabled_reason end,
                disabled_at = case when ? then null when enabled then now() else disabled_at end,
                consecutive_failures = case when ? and not enabled then 0 else consecutive_failures end,
                updated_at = now()
          where org_id = ? and id = ?`,
        [
          change.url?.trim() ?? null,
          change.description?.trim() ?? null,
          change.eventTypes ? [...new Set(change.eventTypes)] : null,
          enabled,
          enabled,
          enabled,
          enabled,
          orgId,
          id,
        ],
      );
      if (enabled && !before.enabled) {
        await sql(
          em,
          `update webhook_delivery set next_attempt_at = now()
            where org_id = ? and endpoint_id = ? and status = 'pending'`,
          [orgId, id],
        );
        await wakeDeliveryOnCommit(em);
      }
      const after = await this.get(orgId, id, em);
      await recordAudit(em, actor, {
        orgId,
        action: 'webhook.endpoint_updated',
        targetType: 'webhook_endpoint',
        targetId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return after;
    });
  }

  /** Deletes an endpoint with its deliveries and their log. */
  async delete(orgId: string, actor: AuditActor, id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      await sql(em, 'select 1 from organization where id = ? for key share', [orgId]);
      const [deleted] = await sql<Pick<WebhookEndpointRow, 'url' | 'description' | 'event_types' | 'enabled'>>(
        em,
        'delete from webhook_endpoint where org_id = ? and id = ? returning url, description, event_types, enabled',
        [orgId, id],
      );
      if (!deleted) throw new DomainError('NOT_FOUND');
      await recordAudit(em, actor, {
        orgId,
        action: 'webhook.endpoint_deleted',
        targetType: 'webhook_endpoint',
        targetId: id,
        before: snapshot(deleted),
        after: null,
      });
      return id;
    });
  }

  /** A new secret for the endpoint; the old one stops signing at once. Shown once. */
  async rotateSecret(
    orgId: string,
    actor: AuditActor,
    id: string,
  ): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
    const secret = newSecret();
    return this.em.transactional(async (em) => {
      const [updated] = await sql<{ id: string }>(
        em,
        `update webhook_endpoint set secret_sealed = ?, updated_at = now() where org_id = ? and id = ? returning id`,
        [encryptSecret(this.settings.dataEncryptionKey, secret), orgId, id],
      );
      if (!updated) throw new DomainError('NOT_FOUND');
      await recordAudit(em, actor, {
        orgId,
        action: 'webhook.secret_rotated',
        targetType: 'webhook_endpoint',
        targetId: id,
        before: { secret: '[redacted]' },
        after: { secret: '[redacted]' },
      });
      return { endpoint: await this.get(orgId, id, em), secret };
    });
  }

  /** Queues a `webhook.test` event for this one endpoint (enabled), subscribed to anything or not. */
  async sendTestEvent(orgId: string, actor: AuditActor, endpointId: string): Promise<WebhookDeliveryRow> {
    return this.em.transactional(async (em) => {
      const endpoint = await this.get(orgId, endpointId, em);
      if (!endpoint.enabled) throw new DomainError('WEBHOOK_ENDPOINT_DISABLED');
      const [delivery] = await sql<{ id: string }>(
        em,
        `with event as (
           insert into webhook_event (org_id, type, data) values (?, ?, ?::jsonb) returning org_id, id
         )
         insert into webhook_delivery (org_id, endpoint_id, event_id) select org_id, ?, id from event returning id`,
        [
          orgId,
          WEBHOOK_TEST_EVENT,
          JSON.stringify({ endpointId, message: 'A test event sent from Orgplane.' }),
          endpointId,
        ],
      );
      await wakeDeliveryOnCommit(em);
      await recordAudit(em, actor, {
        orgId,
        action: 'webhook.test_sent',
        targetType: 'webhook_endpoint',
        targetId: endpointId,
        after: { deliveryId: delivery!.id },
      });
      return this.delivery(em, orgId, delivery!.id);
    });
  }

  /** A new delivery of a delivery's event to the same endpoint (the original keeps its log). */
  async redeliver(orgId: string, actor: AuditActor, deliveryId: string): Promise<WebhookDeliveryRow> {
    return this.em.transactional(async (em) => {
      const [created] = await sql<{ id: string; endpoint_id: string }>(
        em,
        `insert into webhook_delivery (org_id, endpoint_id, event_id)
         select org_id, endpoint_id, event_id from webhook_delivery where org_id = ? and id = ?
         returning id, endpoint_id`,
        [orgId, deliveryId],
      );
      if (!created) throw new DomainError('NOT_FOUND');
      await wakeDeliveryOnCommit(em);
      await recordAudit(em, actor, {
        orgId,
        action: 'webhook.delivery_redelivered',
        targetType: 'webhook_endpoint',
        targetId: created.endpoint_id,
        after: { deliveryId: created.id, redeliveryOf: deliveryId },
      });
      return this.delivery(em, orgId, created.id);
    });
  }

  /** An endpoint's deliveries, newest first, each with its attempts. */
  async deliveries(orgId: string, endpointId: string, page: { first: number; after?: string | null }) {
    await this.get(orgId, endpointId);
    return pageByCreation<WebhookDeliveryRow, WebhookDeliveryRow>(
      this.em,
      {
        select: DELIVERY_SELECT,
        where: 'd.org_id = ? and d.endpoint_id = ?',
        params: [orgId, endpointId],
        alias: 'd',
        direction: 'desc',
      },
      page,
      (row) => row,
    );
  }

  private async delivery(em: EntityManager, orgId: string, id: string): Promise<WebhookDeliveryRow> {
    const [row] = await sql<WebhookDeliveryRow>(em, `${DELIVERY_SELECT} where d.org_id = ? and d.id = ?`, [orgId, id]);
    return row!;
  }

  private async validate(input: WebhookEndpointInput) {
    const problems: Array<{ path: string; message: string }> = [];
    await this.checkUrl(input.url, problems);
    checkEventTypes(input.eventTypes, problems);
    checkDescription(input.description ?? '', problems);
    if (problems.length) throw new ValidationFailedError(problems);
    return {
      url: input.url.trim(),
      description: (input.description ?? '').trim(),
      eventTypes: [...new Set(input.eventTypes)],
    };
  }

  private async checkUrl(raw: string, problems: Array<{ path: string; message: string }>): Promise<void> {
    const url = raw.trim();
    const problem =
      urlProblem(url, this.settings.allowPrivateTargets) ??
      (await resolvedUrlProblem(url, this.settings.allowPrivateTargets));
    if (problem) problems.push({ path: 'input.url', message: problem });
  }
}

function checkEventTypes(types: readonly string[], problems: Array<{ path: string; message: string }>): void {
  if (types.length === 0) problems.push({ path: 'input.eventTypes', message: 'must name at least one event type' });
  const unknown = types.filter((type) => !isWebhookEventType(type));
  if (unknown.length) {
    problems.push({
      path: 'input.eventTypes',
      message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not an event type (${WEBHOOK_EVENT_TYPES.join(', ')})`,
    });
  }
}

function checkDescription(description: string, problems: Array<{ path: string; message: string }>): void {
  if (description.length > DESCRIPTION_MAX_LENGTH)
    problems.push({ path: 'input.description', message: `must be at most ${DESCRIPTION_MAX_LENGTH} characters` });
}

/** The endpoint's signing secret, unsealed (for the sender only). */
export function openSecret(key: Buffer, sealed: string): string {
  return decryptSecret(key, sealed);
}
