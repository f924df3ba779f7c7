import { IsBoolean, MaxLength, ValidateNested } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ORGANIZATION_STATUSES,
  BANNER_VARIANTS,
  SUPPORT_TIERS,
  TRACE_MODES,
  type BannerVariant,
  type OrganizationStatus,
  type SupportTier,
  type TraceMode,
} from './organization.entity.ts';
import { BANNER_MESSAGE_MAX_LENGTH } from '@orgplane/schema';

const OrganizationStatusEnum = Object.fromEntries(
  ORGANIZATION_STATUSES.map((status) => [status.toUpperCase(), status]),
) as { readonly [S in OrganizationStatus as Uppercase<S>]: S };

registerEnumType(OrganizationStatusEnum, {
  name: 'OrganizationStatus',
  description: 'Whether an organization is usable.',
  valuesConfig: {
    ACTIVE: { description: 'Normal operation.' },
    SUSPENDED: {
      description: 'Everyone can sign in and read; changes are refused except the owner’s billing actions.',
    },
    ARCHIVED: { description: 'No tenant access; the owner can restore it for 30 days, then it is deleted.' },
  },
});

@ObjectType('Organization', { description: 'A customer organization: the tenant.', simpleResolvers: true })
export class OrganizationNode {
  @Field(() => ID, { description: 'The organization id; usable as `x-tenant-id`.' })
  id: string;

  @Field(() => String, { description: 'The organization’s name.' })
  name: string;

  @Field(() => String, { description: 'The URL-safe, platform-unique slug; usable as `x-tenant-id`.' })
  slug: string;

  @Field(() => OrganizationStatusEnum, { description: 'Whether the organization is usable.' })
  status: OrganizationStatus;
}

const upperEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as { readonly [V in T as Uppercase<V>]: V };

const SupportTierEnum = upperEnum(SUPPORT_TIERS);
const BannerVariantEnum = upperEnum(BANNER_VARIANTS);
const TraceModeEnum = upperEnum(TRACE_MODES);
registerEnumType(SupportTierEnum, { name: 'SupportTier', description: 'The support plan of an organization.' });
registerEnumType(BannerVariantEnum, { name: 'BannerVariant', description: 'How prominent a banner is.' });
registerEnumType(TraceModeEnum, {
  name: 'TraceMode',
  description: 'Which requests are traced: all, errors only, a sample, or none.',
});

@ObjectType('GeneralSettings', { description: 'The organization’s profile.', simpleResolvers: true })
export class GeneralSettingsNode {
  @Field(() => String, { nullable: true, description: 'The organization’s main domain, such as example.com.' })
  primaryDomain: string | null;

  @Field(() => String, { nullable: true, description: 'The industry, free text.' })
  industry: string | null;

  @Field(() => String, { nullable: true, description: 'Who to contact about the organization.' })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Where invoices go.' })
  billingEmail: string | null;

  @Field(() => SupportTierEnum, { description: 'The support plan.' })
  supportTier: SupportTier;
}

@ObjectType('BrandingSettings', { description: 'How the console looks for this organization.', simpleResolvers: true })
export class BrandingSettingsNode {
  @Field(() => String, { nullable: true, description: 'Primary colour, #rrggbb.' })
  primaryColor: string | null;

  @Field(() => String, { nullable: true, description: 'Secondary colour, #rrggbb.' })
  secondaryColor: string | null;

  @Field(() => String, { nullable: true, description: 'Accent colour, #rrggbb.' })
  accentColor: string | null;

  @Field(() => String, { nullable: true, description: 'The font family, from the supported list.' })
  fontFamily: string | null;
}

@ObjectType('SecuritySettings', { description: 'Security policies of the organization.', simpleResolvers: true })
export class SecuritySettingsNode {
  @Field(() => Boolean, {
    description: 'Members without two-step verification are refused (MFA_REQUIRED) until they enrol.',
  })
  requireMfa: boolean;

  @Field(() => Boolean, { description: 'Whether members may use their own keys instead of the organization’s.' })
  allowUserKeyOverride: boolean;
}

@ObjectType('Banner', { description: 'A message shown across the console to every member.', simpleResolvers: true })
export class BannerNode {
  @Field(() => String, { nullable: true, description: 'The message, plain text; null when there is no banner.' })
  message: string | null;

  @Field(() => BannerVariantEnum, { description: 'How prominent it is.' })
  variant: BannerVariant;

  @Field(() => Boolean, { description: 'Whether members may hide it.' })
  dismissible: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the message last changed.' })
  updatedAt: Date | null;

  @Field(() => Boolean, { description: 'Whether the signed-in user has hidden this version of it.' })
  dismissedByViewer: boolean;
}

@ObjectType('TracingSettings', { description: 'Request tracing.', simpleResolvers: true })
export class TracingSettingsNode {
  @Field(() => TraceModeEnum, { description: 'Which requests are traced.' })
  mode: TraceMode;

  @Field(() => Float, { description: 'The share of requests traced in sampled mode, 0.00 to 1.00.' })
  sampleRate: number;

  @Field(() => Int, { description: 'How many days traces are kept.' })
  retentionDays: number;
}

@ObjectType({ description: 'The current organization with its settings.', simpleResolvers: true })
export class CurrentOrganization {
  @Field(() => ID, { description: 'The organization id.' })
  id: string;

  @Field(() => String, { description: 'The name (owner-only to change).' })
  name: string;

  @Field(() => String, { description: 'The slug (owner-only to change).' })
  slug: string;

  @Field(() => OrganizationStatusEnum, { description: 'Whether the organization is usable.' })
  status: OrganizationStatus;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GeneralSettingsNode, { description: 'The profile.' })
  general: GeneralSettingsNode;

  @Field(() => BrandingSettingsNode, { description: 'The look.' })
  branding: BrandingSettingsNode;

  @Field(() => SecuritySettingsNode, { description: 'Security policies.' })
  security: SecuritySettingsNode;

  @Field(() => BannerNode, { description: 'The banner.' })
  banner: BannerNode;

  @Field(() => TracingSettingsNode, { description: 'Tracing.' })
  tracing: TracingSettingsNode;
}

@InputType({ description: 'The profile section, replaced as a whole.' })
export class GeneralSettingsInput {
  @Field(() => String, { nullable: true, description: 'A domain such as example.com, or null.' })
  @MaxLength(253)
  primaryDomain: string | null;

  @Field(() => String, { nullable: true, description: 'The industry, up to 100 characters.' })
  @MaxLength(200)
  industry: string | null;

  @Field(() => String, { nullable: true, description: 'A contact email address, or null.' })
  @MaxLength(254)
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'A billing email address, or null.' })
  @MaxLength(254)
  billingEmail: string | null;

  @Field(() => SupportTierEnum, { description: 'The support plan.' })
  supportTier: SupportTier;
}

@InputType({ description: 'The branding section, replaced as a whole.' })
export class BrandingSettingsInput {
  @Field(() => String, { nullable: true, description: '#rrggbb, or null for the default.' })
  @MaxLength(20)
  primaryColor: string | null;

  @Field(() => String, { nullable: true, description: '#rrggbb, or null for the default.' })
  @MaxLength(20)
  secondaryColor: string | null;

  @Field(() => String, { nullable: true, description: '#rrggbb, or null for the default.' })
  @MaxLength(20)
  accentColor: string | null;

  @Field(() => String, { nullable: true, description: 'A supported font family, or null for the default.' })
  @MaxLength(60)
  fontFamily: string | null;
}

@InputType({ description: 'The security section, replaced as a whole.' })
export class SecuritySettingsInput {
  @Field(() => Boolean, { description: 'Require two-step verification of every member.' })
  @IsBoolean()
  requireMfa: boolean;

  @Field(() => Boolean, { description: 'Let members use their own keys.' })
  @IsBoolean()
  allowUserKeyOverride: boolean;
}

@InputType({ description: 'The banner section, replaced as a whole; an empty message removes the banner.' })
export class BannerSettingsInput {
  @Field(() => String, { nullable: true, description: `Plain text, up to ${BANNER_MESSAGE_MAX_LENGTH} characters.` })
  @MaxLength(1000)
  message: string | null;

  @Field(() => BannerVariantEnum, { description: 'How prominent it is.' })
  variant: BannerVariant;

  @Field(() => Boolean, { description: 'Whether members may hide it.' })
  @IsBoolean()
  dismissible: boolean;
}

@InputType({ description: 'The tracing section, replaced as a whole.' })
export class TracingSettingsInput {
  @Field(() => TraceModeEnum, { description: 'Which requests are traced.' })
  mode: TraceMode;

  @Field(() => Float, { description: 'The share of requests traced in sampled mode, 0.00 to 1.00.' })
  sampleRate: number;

  @Field(() => Int, { description: 'Days to keep traces, 1 to 3650.' })
  retentionDays: number;
}

@InputType({ description: 'The sections to change; sections left out stay as they are.' })
export class UpdateOrganizationSettingsInput {
  @Field(() => GeneralSettingsInput, { nullable: true, description: 'The profile.' })
  @ValidateNested()
  general?: GeneralSettingsInput | null;

  @Field(() => BrandingSettingsInput, { nullable: true, description: 'The look.' })
  @ValidateNested()
  branding?: BrandingSettingsInput | null;

  @Field(() => SecuritySettingsInput, { nullable: true, description: 'Security policies.' })
  @ValidateNested()
  security?: SecuritySettingsInput | null;

  @Field(() => BannerSettingsInput, { nullable: true, description: 'The banner.' })
  @ValidateNested()
  banner?: BannerSettingsInput | null;

  @Field(() => TracingSettingsInput, { nullable: true, description: 'Tracing.' })
  @ValidateNested()
  tracing?: TracingSettingsInput | null;
}

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput {
  @Field(() => String, {
    description:
      'The name: 1 to 100 characters, no web or email address; control, bidi and zero-width characters are removed.',
  })
  @MaxLength(200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The slug (3 to 48 lowercase letters, digits or dashes, never shaped like an id); made from the name when left out.',
  })
  @MaxLength(100)
  slug?: string | null;
}

@InputType({ description: 'A new name and/or slug.' })
export class RenameOrganizationInput {
  @Field(() => String, { nullable: true, description: 'The new name.' })
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The new slug.' })
  @MaxLength(100)
  slug?: string | null;
}

@ObjectType({ description: 'The organization after a change.', simpleResolvers: true })
export class CurrentOrganizationPayload {
  @Field(() => CurrentOrganization, { description: 'The organization, updated.' })
  organization: CurrentOrganization;
}

@ObjectType({ description: 'The new organization.', simpleResolvers: true })
export class CreateOrganizationPayload {
  @Field(() => OrganizationNode, { description: 'The organization; the caller owns it.' })
  organization: OrganizationNode;
}
