import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, auditActorOf, type Context } from '../../graphql/context.ts';
import { toOrganizationNode } from './organization.mappers.ts';
import { OrganizationSettingsService, type OrganizationRecord } from './organization-settings.service.ts';
import { OrganizationService } from './organization.service.ts';
import {
  CreateOrganizationInput,
  CreateOrganizationPayload,
  CurrentOrganization,
  CurrentOrganizationPayload,
  RenameOrganizationInput,
  UpdateOrganizationSettingsInput,
} from './organization.types.ts';

function toCurrentOrganization(row: OrganizationRecord): CurrentOrganization {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    status: row.status,
    createdAt: row.created_at,
    general: {
      primaryDomain: row.primary_domain,
      industry: row.industry,
      contactEmail: row.contact_email,
      billingEmail: row.billing_email,
      supportTier: row.support_tier,
    },
    branding: {
      primaryColor: row.brand_primary_color,
      secondaryColor: row.brand_secondary_color,
      accentColor: row.brand_accent_color,
      fontFamily: row.brand_font_family,
    },
    security: { requireMfa: row.require_mfa, allowUserKeyOverride: row.allow_user_key_override },
    banner: {
      message: row.banner_message,
      variant: row.banner_variant,
      dismissible: row.banner_dismissible,
      updatedAt: row.banner_updated_at,
      dismissedByViewer: row.banner_dismissed,
    },
    tracing: {
      mode: row.trace_mode,
      sampleRate: Number(row.trace_sample_rate),
      retentionDays: row.trace_retention_days,
    },
  };
}

const settings = (context: Context) => new OrganizationSettingsService(context.em, context.services);
const current = async (context: Context) =>
  toCurrentOrganization(await settings(context).get(context.tenant!.orgId, context.viewer?.userId ?? null));

@Resolver()
export class OrganizationResolver {
  @Query(() => CurrentOrganization, { description: 'The organization named by `x-tenant-id`, with its settings.' })
  async organization(@Ctx() context: Context): Promise<CurrentOrganization> {
    return current(context);
  }

  @Mutation(() => CreateOrganizationPayload, {
    nullable: true,
    description: 'Creates an organization owned by the caller. A taken slug answers SLUG_TAKEN with a suggestion.',
  })
  async createOrganization(
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() context: Context,
  ): Promise<CreateOrganizationPayload> {
    return {
      organization: toOrganizationNode(
        await new OrganizationService(context.em, context.services.config.trial).create(actorOf(context), input),
      ),
    };
  }

  @Mutation(() => CurrentOrganizationPayload, {
    nullable: true,
    description: 'Changes the name and/or slug (owner only).',
  })
  async renameOrganization(
    @Arg('input', () => RenameOrganizationInput) input: RenameOrganizationInput,
    @Ctx() context: Context,
  ): Promise<CurrentOrganizationPayload> {
    await settings(context).rename(context.tenant!.orgId, auditActorOf(context), input);
    return { organization: await current(context) };
  }

  @Mutation(() => CurrentOrganizationPayload, {
    nullable: true,
    description: 'Replaces the given settings sections (general, branding, security, banner, tracing), each validated.',
  })
  async updateOrganizationSettings(
    @Arg('input', () => UpdateOrganizationSettingsInput) input: UpdateOrganizationSettingsInput,
    @Ctx() context: Context,
  ): Promise<CurrentOrganizationPayload> {
    await settings(context).update(context.tenant!.orgId, auditActorOf(context), input);
    return { organization: await current(context) };
  }

  @Mutation(() => CurrentOrganizationPayload, {
    nullable: true,
    description: 'Hides the current banner for the signed-in user.',
  })
  async dismissBanner(@Ctx() context: Context): Promise<CurrentOrganizationPayload> {
    await settings(context).dismissBanner(context.tenant!.orgId, actorOf(context).userId);
    return { organization: await current(context) };
  }
}
