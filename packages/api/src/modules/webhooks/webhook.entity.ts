import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';

const DISABLED_REASONS = ['manual', 'failures'] as const;
/** Why an endpoint is disabled: someone turned it off, or its deliveries kept failing. */
export type WebhookDisabledReason = (typeof DISABLED_REASONS)[number];

const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
/** A delivery waits for its next attempt, got a 2xx, or ran out of retries. */
export type WebhookDeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Where an organization wants its events sent, signed with the endpoint's secret. */
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint extends TenantOwned {
  [OptionalProps]?:
    'description' | 'enabled' | 'disabledReason' | 'disabledAt' | 'consecutiveFailures' | 'createdAt' | 'updatedAt';

  @Property({ type: 'text' })
  url!: string;

  @Property({ type: 'text', default: '' })
  description = '';

  @Property({ type: ArrayType, columnType: 'text[]' })
  eventTypes!: string[];

  @Property({ type: 'boolean', default: true })
  enabled = true;

  @Enum({ items: () => DISABLED_REASONS, type: 'text', nullable: true })
  disabledReason: WebhookDisabledReason | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  /** The signing secret (`whsec_…`), sealed with AES-256-GCM under the data key; shown once. */
  @Property({ type: 'text', hidden: true })
  secretSealed!: string;

  /** Deliveries in a row that ran out of retries; a success resets it, and so does enabling. */
  @Property({ type: 'integer', default: 0 })
  consecutiveFailures = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** Something that happened in an organization, queued for its subscribed endpoints. */
@Entity({ tableName: 'webhook_event' })
export class WebhookEvent extends TenantOwned {
  [OptionalProps]?: 'createdAt';

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'json', columnType: 'jsonb' })
  data!: Record<string, unknown>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One event on its way to one endpoint: due at `nextAttemptAt`, leased to one sender until `claimedUntil`. */
@Entity({ tableName: 'webhook_delivery' })
@Index({
  name: 'webhook_delivery_due',
  expression: "create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending'",
})
@Index({ name: 'webhook_delivery_by_endpoint', properties: ['endpoint', 'createdAt', 'id'] })
@Index({ name: 'webhook_delivery_by_event', properties: ['event'] })
export class WebhookDelivery {
  [OptionalProps]?: 'status' | 'attempts' | 'nextAttemptAt' | 'claimedUntil' | 'completedAt' | 'createdAt';

  [PrimaryKeyProp]?: ['orgId', 'id'];

  @PrimaryKey({ type: 'uuid', fieldName: 'org_id' })
  orgId!: string;

  /** Made here, not by the database's default: MikroORM fills a composite key's parts into references only when it knows them. */
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookEndpoint, {
    joinColumns: ['org_id', 'endpoint_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  endpoint!: Rel<WebhookEndpoint>;

  @ManyToOne(() => WebhookEvent, {
    joinColumns: ['org_id', 'event_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  event!: Rel<WebhookEvent>;

  @Enum({ items: () => DELIVERY_STATUSES, type: 'text', default: 'pending' })
  status: WebhookDeliveryStatus = 'pending';

  /** Attempts made (or claimed) so far. */
  @Property({ type: 'integer', default: 0 })
  attempts = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One attempt of a delivery: the delivery log. */
@Entity({ tableName: 'webhook_attempt' })
@Unique({ name: 'webhook_attempt_once', properties: ['delivery', 'attempt'] })
export class WebhookAttempt {
  [OptionalProps]?: 'responseStatus' | 'error' | 'createdAt';

  [PrimaryKeyProp]?: ['orgId', 'id'];

  @PrimaryKey({ type: 'uuid', fieldName: 'org_id' })
  orgId!: string;

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookDelivery, {
    joinColumns: ['org_id', 'delivery_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delivery!: Rel<WebhookDelivery>;

  /** 1 for the first attempt. */
  @Property({ type: 'integer' })
  attempt!: number;

  @Property({ type: 'boolean' })
  succeeded!: boolean;

  /** The HTTP status answered; null when no answer came (refused, timed out, unreachable). */
  @Property({ type: 'integer', nullable: true })
  responseStatus: number | null = null;

  @Property({ type: 'integer' })
  durationMs!: number;

  /** What went wrong, trimmed (500 characters). */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
