import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { BANNER_MESSAGE_MAX_LENGTH, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, TRACE_RETENTION_DAYS } from '@orgplane/schema';

export const ORGANIZATION_STATUSES = ['active', 'suspended', 'archived'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

export const SUPPORT_TIERS = ['community', 'standard', 'premium', 'enterprise'] as const;
export const BANNER_VARIANTS = ['info', 'warning', 'error'] as const;
export const TRACE_MODES = ['all', 'errors_only', 'sampled', 'none'] as const;

export type SupportTier = (typeof SUPPORT_TIERS)[number];
export type BannerVariant = (typeof BANNER_VARIANTS)[number];
export type TraceMode = (typeof TRACE_MODES)[number];

/** A tenant, with its profile and settings. An archived one keeps `archivedAt` (restorable, then deleted). */
@Entity({ tableName: 'organization' })
@Check({
  name: 'organization_name_check',
  expression: `char_length(name) >= 1 and char_length(name) <= ${NAME_MAX_LENGTH}`,
})
@Check({ name: 'organization_slug_check', expression: "slug ~ '^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$'" })
@Check({
  name: 'organization_primary_domain_check',
  expression: "primary_domain ~ '^([a-z0-9](-?[a-z0-9])*\\.)+[a-z]{2,63}$'",
})
@Check({ name: 'organization_industry_check', expression: 'char_length(industry) <= 100' })
@Check({ name: 'organization_contact_email_check', expression: `char_length(contact_email) <= ${EMAIL_MAX_LENGTH}` })
@Check({ name: 'organization_billing_email_check', expression: `char_length(billing_email) <= ${EMAIL_MAX_LENGTH}` })
@Check({ name: 'organization_brand_primary_color_check', expression: "brand_primary_color ~ '^#[0-9a-f]{6}$'" })
@Check({ name: 'organization_brand_secondary_color_check', expression: "brand_secondary_color ~ '^#[0-9a-f]{6}$'" })
@Check({ name: 'organization_brand_accent_color_check', expression: "brand_accent_color ~ '^#[0-9a-f]{6}$'" })
@Check({
  name: 'organization_banner_message_check',
  expression: `char_length(banner_message) <= ${BANNER_MESSAGE_MAX_LENGTH}`,
})
@Check({
  name: 'organization_trace_sample_rate_check',
  expression: 'trace_sample_rate >= 0 and trace_sample_rate <= 1',
})
@Check({
  name: 'organization_trace_retention_days_check',
  expression: `trace_retention_days >= ${TRACE_RETENTION_DAYS.min} and trace_retention_days <= ${TRACE_RETENTION_DAYS.max}`,
})
@Check({ name: 'organization_archived_at', expression: "(status = 'archived') = (archived_at is not null)" })
@Index({
  name: 'organization_archived',
  expression: 'create index organization_archived on organization (archived_at) where archived_at is not null',
})
export class Organization {
  [OptionalProps]?:
    | 'status'
    | 'createdAt'
    | 'updatedAt'
    | 'primaryDomain'
    | 'industry'
    | 'contactEmail'
    | 'billingEmail'
    | 'supportTier'
    | 'brandPrimaryColor'
    | 'brandSecondaryColor'
    | 'brandAccentColor'
    | 'brandFontFamily'
    | 'requireMfa'
    | 'allowUserKeyOverride'
    | 'bannerMessage'
    | 'bannerVariant'
    | 'bannerDismissible'
    | 'bannerUpdatedAt'
    | 'traceMode'
    | 'traceSampleRate'
    | 'traceRetentionDays'
    | 'archivedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: 'organization_slug_key' })
  slug!: string;

  @Enum({ items: () => ORGANIZATION_STATUSES, type: 'text', default: 'active' })
  status: OrganizationStatus = 'active';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  primaryDomain: string | null = null;

  @Property({ type: 'text', nullable: true })
  industry: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'text', nullable: true })
  billingEmail: string | null = null;

  @Enum({ items: () => SUPPORT_TIERS, type: 'text', default: 'community' })
  supportTier: SupportTier = 'community';

  @Property({ type: 'text', nullable: true })
  brandPrimaryColor: string | null = null;

  @Property({ type: 'text', nullable: true })
  brandSecondaryColor: string | null = null;

  @Property({ type: 'text', nullable: true })
  brandAccentColor: string | null = null;

  @Property({ type: 'text', nullable: true })
  brandFontFamily: string | null = null;

  @Property({ type: 'boolean', default: false })
  requireMfa = false;

  @Property({ type: 'boolean', default: false })
  allowUserKeyOverride = false;

  @Property({ type: 'text', nullable: true })
  bannerMessage: string | null = null;

  @Enum({ items: () => BANNER_VARIANTS, type: 'text', default: 'info' })
  bannerVariant: BannerVariant = 'info';

  @Property({ type: 'boolean', default: true })
  bannerDismissible = true;

  @Property({ type: 'timestamptz', nullable: true })
  bannerUpdatedAt: Date | null = null;

  @Enum({ items: () => TRACE_MODES, type: 'text', default: 'none' })
  traceMode: TraceMode = 'none';

  /** A fraction between 0 and 1, two decimals; read as text to keep it exact. */
  @Property({ type: 'decimal', columnType: 'numeric(3,2)', defaultRaw: '1.00' })
  traceSampleRate = '1.00';

  @Property({ type: 'integer', default: 30 })
  traceRetentionDays = 30;

  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;
}
