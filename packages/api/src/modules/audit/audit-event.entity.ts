import { Entity, Index, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';
import { User } from '../users/user.entity.ts';

/** One entry of an organization's audit trail: who did what to which target, before and after. */
@Entity({ tableName: 'audit_event' })
@Index({
  name: 'audit_event_by_org_time',
  expression: 'create index audit_event_by_org_time on audit_event (org_id, created_at desc, id desc)',
})
export class AuditEvent extends TenantOwned {
  [OptionalProps]?:
    'actorUser' | 'actorLabel' | 'targetId' | 'before' | 'after' | 'ip' | 'userAgent' | 'requestId' | 'createdAt';

  @ManyToOne(() => User, {
    nullable: true,
    fieldName: 'actor_user_id',
    deleteRule: 'set null',
    updateRule: 'no action',
  })
  actorUser: Rel<User> | null = null;

  /** How the actor is shown once the user is gone, or for callers that are not users (API keys). */
  @Property({ type: 'text', nullable: true })
  actorLabel: string | null = null;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  targetType!: string;

  @Property({ type: 'text', nullable: true })
  targetId: string | null = null;

  @Property({ type: 'json', nullable: true })
  before: unknown = null;

  @Property({ type: 'json', nullable: true })
  after: unknown = null;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;

  /** The statement's own clock, so events of one transaction keep their order. */
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  createdAt: Date = new Date();
}
