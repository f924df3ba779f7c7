import { randomUUID } from 'node:crypto';
import {
  BigIntType,
  Check,
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
import { METER_IDS, USAGE_ALERT_PERCENT_MAX, type MeterId } from '@orgplane/schema';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';

const USAGE_ALERT_KINDS = ['quantity', 'credits', 'percent'] as const;
/**
 * What a threshold counts: a meter's quantity, credits (of one meter or all), or a percentage of
 * the plan's included credits (credits of one meter or all).
 */
export type UsageAlertKind = (typeof USAGE_ALERT_KINDS)[number];

/** A usage threshold of an organization: mails once per period when crossed, and may throttle. */
@Entity({ tableName: 'usage_alert' })
@Check({
  name: 'usage_alert_threshold_check',
  expression: `threshold > 0 and (kind <> 'percent' or threshold <= ${USAGE_ALERT_PERCENT_MAX})`,
})
@Check({ name: 'usage_alert_quantity_meter_check', expression: "kind <> 'quantity' or meter is not null" })
export class UsageAlert extends TenantOwned {
  [OptionalProps]?: 'meter' | 'notifyEmail' | 'notifyWebhook' | 'throttle' | 'revision' | 'createdAt' | 'updatedAt';

  /** The meter watched; null: all meters (credits). */
  @Enum({ items: () => METER_IDS, type: 'text', nullable: true })
  meter: MeterId | null = null;

  @Enum({ items: () => USAGE_ALERT_KINDS, type: 'text' })
  kind!: UsageAlertKind;

  /** Units of the meter, credits, or a percentage, by `kind`. */
  @Property({ type: new BigIntType('number') })
  threshold!: number;

  @Property({ type: 'boolean', default: true })
  notifyEmail = true;

  /** Whether crossing it sends `usage.alert.triggered` to the org's subscribed webhook endpoints. */
  @Property({ type: 'boolean', default: true })
  notifyWebhook = true;

  @Property({ type: 'boolean', default: false })
  throttle = false;

  /** Bumped when what the alert watches changes: a changed threshold may fire again this period. */
  @Property({ type: 'integer', default: 1 })
  revision = 1;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** An alert crossed in a period (once per alert revision and period). */
@Entity({ tableName: 'usage_alert_firing' })
@Unique({ name: 'usage_alert_firing_once', properties: ['alert', 'revision', 'periodStartsAt'] })
@Index({ name: 'usage_alert_firing_by_alert', properties: ['alert', 'createdAt', 'id'] })
export class UsageAlertFiring {
  [OptionalProps]?: 'meter' | 'createdAt';

  [PrimaryKeyProp]?: ['orgId', 'id'];

  @PrimaryKey({ type: 'uuid', fieldName: 'org_id' })
  orgId!: string;

  @ManyToOne(() => UsageAlert, {
    joinColumns: ['org_id', 'alert_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  alert!: Rel<UsageAlert>;

  /** Made here, not by the database's default: MikroORM fills a composite key's parts into references only when it knows them. */
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @Property({ type: 'integer' })
  revision!: number;

  /** The meter and kind the alert counted when it fired. */
  @Enum({ items: () => METER_IDS, type: 'text', nullable: true })
  meter: MeterId | null = null;

  @Enum({ items: () => USAGE_ALERT_KINDS, type: 'text' })
  kind!: UsageAlertKind;

  @Property({ type: 'timestamptz' })
  periodStartsAt!: Date;

  /** What the alert measured when it fired. */
  @Property({ type: new BigIntType('number') })
  value!: number;

  /** The threshold it crossed, in the measured unit (a percentage resolved to credits). */
  @Property({ type: new BigIntType('number') })
  thresholdValue!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
