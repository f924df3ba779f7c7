import { BlobType, Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

const IDEMPOTENCY_STATES = ['running', 'completed'] as const;
export type IdempotencyState = (typeof IDEMPOTENCY_STATES)[number];

/**
 * A mutation's idempotency key, per caller and organization (`scope`): the hash of the request
 * that claimed it and, once finished, its answer sealed with the data key.
 */
@Entity({ tableName: 'idempotency_key' })
@Check({ name: 'idempotency_key_key_check', expression: 'char_length(key) >= 1 and char_length(key) <= 255' })
@Check({ name: 'idempotency_key_check', expression: "(state = 'completed') = (response_sealed is not null)" })
@Index({ name: 'idempotency_key_by_expiry', properties: ['expiresAt'] })
export class IdempotencyKey {
  [OptionalProps]?: 'responseSealed' | 'createdAt';

  @PrimaryKey({ type: 'text' })
  scope!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: BlobType })
  requestHash!: Buffer;

  @Enum({ items: () => IDEMPOTENCY_STATES, type: 'text' })
  state!: IdempotencyState;

  @Property({ type: 'timestamptz' })
  lockedUntil!: Date;

  @Property({ type: 'text', nullable: true, hidden: true })
  responseSealed: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
