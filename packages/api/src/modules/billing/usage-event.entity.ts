import { BigIntType, Check, Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { METER_IDS, type MeterId } from '@orgplane/schema';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';

/** One recorded usage event, priced in credits when it was recorded. */
@Entity({ tableName: 'usage_event' })
@Check({ name: 'usage_event_quantity_check', expression: 'quantity > 0' })
@Check({ name: 'usage_event_credits_check', expression: 'credits >= 0' })
@Check({ name: 'usage_event_source_check', expression: 'char_length(source) >= 1 and char_length(source) <= 100' })
@Check({
  name: 'usage_event_idempotency_key_check',
  expression: 'char_length(idempotency_key) >= 1 and char_length(idempotency_key) <= 255',
})
@Check({ name: 'usage_event_model_check', expression: 'char_length(model) >= 1 and char_length(model) <= 100' })
@Unique({ name: 'usage_event_idempotency_key_key', properties: ['organization', 'idempotencyKey'] })
@Index({ name: 'usage_event_by_org', properties: ['organization', 'createdAt', 'id'] })
@Index({ name: 'usage_event_by_period', properties: ['organization', 'periodStartsAt', 'meter'] })
@Index({ name: 'usage_event_by_occurrence', properties: ['organization', 'occurredAt', 'id'] })
@Index({ name: 'usage_event_by_member', properties: ['organization', 'membershipId', 'createdAt', 'id'] })
export class UsageEvent extends TenantOwned {
  [OptionalProps]?: 'membershipId' | 'workspaceId' | 'model' | 'recordedByUserId' | 'recordedByApiKeyId' | 'createdAt';

  @Enum({ items: () => METER_IDS, type: 'text' })
  meter!: MeterId;

  @Property({ type: new BigIntType('number') })
  quantity!: number;

  @Property({ type: new BigIntType('number') })
  credits!: number;

  /** The member it is attributed to (an id, no foreign key: usage is history). */
  @Property({ type: 'uuid', nullable: true })
  membershipId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  workspaceId: string | null = null;

  /** The model that produced it (an AI model label), when the caller names one. */
  @Property({ type: 'text', nullable: true })
  model: string | null = null;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'uuid', nullable: true })
  recordedByUserId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  recordedByApiKeyId: string | null = null;

  /** The start of the billing period it was recorded in (and is billed in). */
  @Property({ type: 'timestamptz' })
  periodStartsAt!: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
