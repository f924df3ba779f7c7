import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, type Rel, Unique } from '@mikro-orm/core';
import { ROLE_IDS, type RoleId } from '@orgplane/schema';
import { User } from '../users/user.entity.ts';
import { TenantOwned } from './tenant-owned.entity.ts';

const MEMBERSHIP_STATUSES = ['active', 'archived'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** A user's place in an organization. Keyed by (org_id, id) so it can be distributed by org. */
@Entity({ tableName: 'membership' })
@Unique({ name: 'membership_org_id_user_id_key', properties: ['organization', 'user'] })
// At most one active owner per organization (deferred triggers also refuse none at commit).
@Index({
  name: 'membership_one_active_owner',
  expression: `create unique index membership_one_active_owner on membership (org_id) where role = 'owner' and status = 'active'`,
})
@Index({
  name: 'membership_active_by_user',
  expression: `create index membership_active_by_user on membership (user_id) where status = 'active'`,
})
// Member list orderings and filters stay index-backed at 100,000 members.
@Index({ name: 'membership_by_org_joined', properties: ['organization', 'createdAt', 'id'] })
@Index({ name: 'membership_by_org_status_role', properties: ['organization', 'status', 'role', 'createdAt', 'id'] })
export class Membership extends TenantOwned {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @ManyToOne(() => User, {
    fieldName: 'user_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  user!: Rel<User>;

  @Enum({ items: () => ROLE_IDS, type: 'text' })
  role!: RoleId;

  @Enum({ items: () => MEMBERSHIP_STATUSES, type: 'text', default: 'active' })
  status: MembershipStatus = 'active';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
