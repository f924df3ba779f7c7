import { Entity, OptionalProps, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import type { RoleId } from '@orgplane/schema';
import { User } from '../users/user.entity.ts';
import { Organization } from './organization.entity.ts';

export type MembershipStatus = 'active' | 'archived';

/** A user's place in an organization. Keyed by (org_id, id) so it can be distributed by org. */
@Entity({ tableName: 'membership' })
export class Membership {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  [PrimaryKeyProp]?: ['organization', 'id'];

  @ManyToOne(() => Organization, { primary: true, fieldName: 'org_id', deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => User, { fieldName: 'user_id', deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'text' })
  role!: RoleId;

  @Property({ type: 'text', default: 'active' })
  status: MembershipStatus = 'active';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
