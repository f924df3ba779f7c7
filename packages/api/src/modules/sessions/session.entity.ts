import { Entity, Index, OptionalProps, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../users/user.entity.ts';

/** A signed-in device. Refresh tokens rotate within it; revoking it ends them all. */
@Entity({ tableName: 'session' })
@Index({ name: 'session_by_user', expression: 'create index session_by_user on session (user_id, created_at desc)' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'authenticatedAt' | 'lastUsedAt' | 'revokedAt' | 'revokedReason' | 'ip' | 'userAgent';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => User, {
    fieldName: 'user_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  user!: Rel<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** When the person last signed in to this session with every factor (refreshing does not count). */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  authenticatedAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastUsedAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  revokedReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;
}
