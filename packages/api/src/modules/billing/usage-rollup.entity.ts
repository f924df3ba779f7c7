import {
  BigIntType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { METER_IDS, type MeterId } from '@orgplane/schema';
import { Organization } from '../organizations/organization.entity.ts';

const USAGE_SCOPES = ['org', 'member', 'workspace'] as const;
export type UsageScope = (typeof USAGE_SCOPES)[number];

/**
 * One hour of one meter's usage, for the whole org, one member or one workspace, per model label
 * (empty for events that name none).
 */
@Entity({ tableName: 'usage_rollup' })
@Index({ name: 'usage_rollup_by_hour', properties: ['organization', 'scope', 'hour'] })
export class UsageRollup {
  [OptionalProps]?: 'model' | 'quantity' | 'credits' | 'events';

  [PrimaryKeyProp]?: ['organization', 'scope', 'scopeId', 'meter', 'hour', 'model'];

  @ManyToOne(() => Organization, { primary: true, fieldName: 'org_id', deleteRule: 'cascade', updateRule: 'no action' })
  organization!: Rel<Organization>;

  @Enum({ items: () => USAGE_SCOPES, type: 'text', primary: true })
  scope!: UsageScope;

  /** The org's, member's (membership) or workspace's id. */
  @PrimaryKey({ type: 'uuid' })
  scopeId!: string;

  @Enum({ items: () => METER_IDS, type: 'text', primary: true })
  meter!: MeterId;

  /** The hour's start (UTC). */
  @PrimaryKey({ type: 'timestamptz' })
  hour!: Date;

  /** The events' model label; empty when they named none. */
  @PrimaryKey({ type: 'text', default: '' })
  model = '';

  @Property({ type: new BigIntType('number'), default: 0 })
  quantity = 0;

  @Property({ type: new BigIntType('number'), default: 0 })
  credits = 0;

  @Property({ type: 'integer', default: 0 })
  events = 0;
}
