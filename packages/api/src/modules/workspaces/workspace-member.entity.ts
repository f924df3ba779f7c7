import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Membership } from '../organizations/membership.entity.ts';
import { Workspace } from './workspace.entity.ts';

/**
 * A member assigned to a restricted workspace. Both references carry the row's `org_id`, so an
 * assignment cannot cross organizations; it goes with either side. The shared `org_id` is its own
 * property (set it to the workspace's organization); each reference writes only its other column.
 */
@Entity({ tableName: 'workspace_member' })
@Index({ name: 'workspace_member_by_membership', properties: ['membership'] })
export class WorkspaceMember {
  [OptionalProps]?: 'createdAt';

  [PrimaryKeyProp]?: ['orgId', 'workspace', 'membership'];

  @PrimaryKey({ type: 'uuid', fieldName: 'org_id' })
  orgId!: string;

  @ManyToOne(() => Workspace, {
    primary: true,
    joinColumns: ['org_id', 'workspace_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  workspace!: Rel<Workspace>;

  @ManyToOne(() => Membership, {
    primary: true,
    joinColumns: ['org_id', 'membership_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  membership!: Rel<Membership>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
