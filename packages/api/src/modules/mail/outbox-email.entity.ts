import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An email waiting to be (or already) delivered; written in the transaction of the action. The
 * row carries its delivery state: due at `nextAttemptAt`, leased to one sender until
 * `claimedUntil`, done at `sentAt`.
 */
@Entity({ tableName: 'outbox_email' })
@Index({
  name: 'outbox_email_due',
  expression: 'create index outbox_email_due on outbox_email (next_attempt_at) where sent_at is null',
})
export class OutboxEmail {
  [OptionalProps]?: 'createdAt' | 'sentAt' | 'attempts' | 'lastError' | 'nextAttemptAt' | 'claimedUntil';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'text', fieldName: 'to_address' })
  to!: string;

  @Property({ type: 'text' })
  subject!: string;

  /** The HTML body, encrypted: it carries single-use links. */
  @Property({ type: 'text', hidden: true })
  htmlSealed!: string;

  /** The text body, encrypted: it carries single-use links. */
  @Property({ type: 'text', hidden: true })
  textSealed!: string;

  @Property({ type: 'text' })
  template!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /**
   * When the next attempt is due: at once for a new email, later (with backoff) after a failure.
   * Left to the database's `now()` on insert, so it is never later than the commit by the clock
   * the claim compares with.
   */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt?: Date;

  /** The lease of the process sending it: no other process claims it before this instant. */
  @Property({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null = null;
}
