import { randomUUID } from 'node:crypto';
import {
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
import { ROLE_IDS, type RoleId } from '@orgplane/schema';
import { User } from '../users/user.entity.ts';
import { Organization } from './organization.entity.ts';

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
export class Membership {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  [PrimaryKeyProp]?: ['organization', 'id'];

  @ManyToOne(() => Organization, {
    primary: true,
    fieldName: 'org_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
    foreignKeyName: 'membership_org_id_fkey',
  })
  organization!: Rel<Organization>;

  /** Made here, not by the database's default: MikroORM fills a composite key's parts into references only when it knows them. */
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => User, {
    fieldName: 'user_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
    foreignKeyName: 'membership_user_id_fkey',
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
