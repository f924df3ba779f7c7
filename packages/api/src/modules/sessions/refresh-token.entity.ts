import { BlobType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Session } from './session.entity.ts';

/** One refresh token of a session, kept as a hash; used once, then replaced by the next. */
@Entity({ tableName: 'refresh_token' })
@Index({ name: 'refresh_token_by_session', properties: ['session'] })
export class RefreshToken {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @PrimaryKey({ type: BlobType })
  tokenHash!: Buffer;

  @ManyToOne(() => Session, {
    fieldName: 'session_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  session!: Rel<Session>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
