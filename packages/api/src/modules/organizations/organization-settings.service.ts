import type { EntityManager } from '@mikro-orm/postgresql';
import { isEmail } from 'class-validator';
import {
  BANNER_MESSAGE_MAX_LENGTH,
  FONT_FAMILIES,
  HEX_COLOR,
  isSampleRate,
  TRACE_RETENTION_DAYS,
  type FieldError,
} from '@orgplane/schema';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { requireName } from '../../graphql/names.ts';
import type { AppServices } from '../../services.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { User } from '../users/user.entity.ts';
import { Organization, type BannerVariant, type SupportTier, type TraceMode } from './organization.entity.ts';
import { isSlugViolation, requireFreeSlug, slugTaken } from './organization.service.ts';
import { NAME_LINK_MESSAGE, cleanName, looksLikeLink, slugProblems } from '@orgplane/schema';

const DOMAIN = /^([a-z0-9](-?[a-z0-9])*\.)+[a-z]{2,63}$/;

interface GeneralSettings {
  primaryDomain: string | null;
  industry: string | null;
  contactEmail: string | null;
  billingEmail: string | null;
  supportTier: SupportTier;
}
interface BrandingSettings {
  primaryColor: string | null;
  secondaryColor: string | null;
  accentColor: string | null;
  fontFamily: string | null;
}
interface SecuritySettings {
  requireMfa: boolean;
  allowUserKeyOverride: boolean;
}
interface BannerSettings {
  message: string | null;
  variant: BannerVariant;
  dismissible: boolean;
}
interface TracingSettings {
  mode: TraceMode;
  sampleRate: number;
  retentionDays: number;
}

export interface SettingsChange {
  general?: GeneralSettings | null;
  branding?: BrandingSettings | null;
  security?: SecuritySettings | null;
  banner?: BannerSettings | null;
  tracing?: TracingSettings | null;
}

/** The organization as its settings pages show it. */
export interface OrganizationRecord {
  id: string;
  name: string;
  slug: string;
  status: Organization['status'];
  created_at: Date;
  primary_domain: string | null;
  industry: string | null;
  contact_email: string | null;
  billing_email: string | null;
  support_tier: SupportTier;
  brand_primary_color: string | null;
  brand_secondary_color: string | null;
  brand_accent_color: string | null;
  brand_font_family: string | null;
  require_mfa: boolean;
  allow_user_key_override: boolean;
  banner_message: string | null;
  banner_variant: BannerVariant;
  banner_dismissible: boolean;
  banner_updated_at: Date | null;
  banner_dismissed: boolean;
  trace_mode: TraceMode;
  trace_sample_rate: string;
  trace_retention_days: number;
}

function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Renaming and the settings sections of organizations. */
export class OrganizationSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
  ) {}

  async get(orgId: string, userId: string | null): Promise<OrganizationRecord> {
    const [row] = await sql<OrganizationRecord>(
      this.em,
      `select o.*, exists (
                select 1 from banner_dismissal d
                 where d.org_id = o.id and d.user_id = ?::uuid and d.banner_updated_at = o.banner_updated_at
              ) as banner_dismissed
         from organization o where o.id = ?`,
      [userId, orgId],
    );
    if (!row) throw new DomainError('TENANT_NOT_FOUND');
    return row;
  }

  /** Changes the name and/or slug (owner only, by rule). */
  async rename(orgId: string, actor: AuditActor, input: { name?: string | null; slug?: string | null }): Promise<void> {
    const name = input.name === undefined || input.name === null ? null : requireName(input.name);
    const slug = input.slug?.trim().toLowerCase() || null;
    if (slug) {
      const problems = slugProblems(slug);
      if (problems.length) throw new ValidationFailedError(problems);
    }
    try {
      await this.em.transactional(async (em) => {
        const [before] = await sql<{ name: string; slug: string }>(
          em,
          'select name, slug from organization where id = ? for update',
          [orgId],
        );
        if (slug && slug !== before!.slug) await requireFreeSlug(em, slug);
        if (name || slug)
          await em.nativeUpdate(Organization, { id: orgId }, { ...(name && { name }), ...(slug && { slug }) });
        await recordAudit(em, actor, {
          orgId,
          action: 'organization.renamed',
          targetType: 'organization',
          targetId: orgId,
          before: { ...before },
          after: { name: name ?? before!.name, slug: slug ?? before!.slug },
        });
      });
    } catch (error) {
      // Another request took the slug between the check and the update (checked after the rollback).
      if (slug && isSlugViolation(error)) throw await slugTaken(this.em, slug);
      throw error;
    }
  }

  /** Replaces the given sections, each validated as a whole; nothing changes if any is invalid. */
  async update(orgId: string, actor: AuditActor, change: SettingsChange): Promise<void> {
    const problems: FieldError[] = [];
    const assignments: Array<[string, unknown]> = [];
    const { general, branding, security, banner, tracing } = change;
    if (general) {
      for (const key of ['contactEmail', 'billingEmail'] as const) {
        const email = optionalText(general[key])?.toLowerCase() ?? null;
        if (email && !isEmail(email))
          problems.push({ path: `general.${key}`, message: 'is not a valid email address' });
        assignments.push([key === 'contactEmail' ? 'contact_email' : 'billing_email', email]);
      }
      const domain = optionalText(general.primaryDomain)?.toLowerCase() ?? null;
      if (domain && !DOMAIN.test(domain))
        problems.push({ path: 'general.primaryDomain', message: 'is not a domain name such as example.com' });
      // A label members read, like a name: cleaned, and no link.
      const industry = optionalText(general.industry ? cleanName(general.industry) : null);
      if (industry && [...industry].length > 100)
        problems.push({ path: 'general.industry', message: 'must be at most 100 characters' });
      else if (industry && looksLikeLink(industry))
        problems.push({ path: 'general.industry', message: NAME_LINK_MESSAGE });
      assignments.push(['primary_domain', domain], ['industry', industry], ['support_tier', general.supportTier]);
    }
    if (branding) {
      for (const [key, column] of [
        ['primaryColor', 'brand_primary_color'],
        ['secondaryColor', 'brand_secondary_color'],
        ['accentColor', 'brand_accent_color'],
      ] as const) {
        const color = optionalText(branding[key])?.toLowerCase() ?? null;
        if (color && !HEX_COLOR.test(color))
          problems.push({ path: `branding.${key}`, message: 'must be a hex colour such as #1a2b3c' });
        assignments.push([column, color]);
      }
      const font = optionalText(branding.fontFamily);
      if (font && !(FONT_FAMILIES as readonly string[]).includes(font)) {
        problems.push({ path: 'branding.fontFamily', message: `must be one of ${FONT_FAMILIES.join(', ')}` });
      }
      assignments.push(['brand_font_family', font]);
    }
    if (security) {
      if (security.requireMfa) {
        const user = actor.userId ? await this.em.findOneOrFail(User, actor.userId) : null;
        if (!user?.totpEnabledAt) {
          problems.push({
            path: 'security.requireMfa',
            message: 'turn on two-factor authentication for your own account first',
          });
        }
      }
      assignments.push(
        ['require_mfa', security.requireMfa],
        ['allow_user_key_override', security.allowUserKeyOverride],
      );
    }
    // Cleaned like a name (one line, no hidden characters); links stay allowed, since an
    // announcement may point to a status page, and the console shows it as plain text.
    const bannerMessage = banner ? optionalText(banner.message ? cleanName(banner.message) : null) : null;
    if (banner) {
      const message = bannerMessage;
      if (message && message.length > BANNER_MESSAGE_MAX_LENGTH)
        problems.push({ path: 'banner.message', message: `must be at most ${BANNER_MESSAGE_MAX_LENGTH} characters` });
      assignments.push(
        ['banner_message', message],
        ['banner_variant', banner.variant],
        ['banner_dismissible', banner.dismissible],
      );
    }
    if (tracing) {
      if (!isSampleRate(tracing.sampleRate)) {
        problems.push({ path: 'tracing.sampleRate', message: 'must be between 0.00 and 1.00, in hundredths' });
      }
      const { min, max } = TRACE_RETENTION_DAYS;
      if (!Number.isInteger(tracing.retentionDays) || tracing.retentionDays < min || tracing.retentionDays > max) {
        problems.push({
          path: 'tracing.retentionDays',
          message: `must be a whole number of days from ${min} to ${max}`,
        });
      }
      assignments.push(
        ['trace_mode', tracing.mode],
        ['trace_sample_rate', tracing.sampleRate],
        ['trace_retention_days', tracing.retentionDays],
      );
    }
    if (problems.length) throw new ValidationFailedError(problems);
    if (assignments.length === 0) return;

    await this.em.transactional(async (em) => {
      const columns = assignments.map(([column]) => column);
      const [before] = await sql<Record<string, unknown>>(
        em,
        `select ${columns.join(', ')} from organization where id = ? for update`,
        [orgId],
      );
      const bannerChanged =
        banner && (before!.banner_message !== bannerMessage || before!.banner_variant !== banner.variant);
      await sql(
        em,
        `update organization set ${columns.map((column) => `${column} = ?`).join(', ')}${bannerChanged ? ', banner_updated_at = now()' : ''}
          where id = ?`,
        [...assignments.map(([, value]) => value), orgId],
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'organization.settings_updated',
        targetType: 'organization',
        targetId: orgId,
        before: before!,
        after: Object.fromEntries(assignments),
      });
    });
  }

  /** Hides the current banner for this user until it changes. */
  async dismissBanner(orgId: string, userId: string): Promise<void> {
    const org = await this.em.findOne(
      Organization,
      { id: orgId },
      { fields: ['bannerMessage', 'bannerDismissible', 'bannerUpdatedAt'], disableIdentityMap: true },
    );
    if (!org?.bannerMessage || !org.bannerUpdatedAt)
      throw new DomainError('NOT_FOUND', { message: 'There is no banner to dismiss.' });
    if (!org.bannerDismissible) throw new DomainError('CONFLICT', { message: 'This banner cannot be dismissed.' });
    // Copied in SQL: the timestamp keeps its microseconds, which a JS Date would drop.
    await sql(
      this.em,
      `insert into banner_dismissal (org_id, user_id, banner_updated_at)
       select id, ?, banner_updated_at from organization where id = ?
       on conflict (org_id, user_id) do update set banner_updated_at = excluded.banner_updated_at`,
      [userId, orgId],
    );
  }
}
