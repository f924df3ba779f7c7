import { Migration } from '@mikro-orm/migrations';

/** Organization profile and settings: general, branding, security, banner, tracing. */
export class Migration20261122030000_organization_settings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table organization
        add column primary_domain text check (primary_domain ~ '^([a-z0-9](-?[a-z0-9])*\\.)+[a-z]{2,63}$'),
        add column industry text check (char_length(industry) <= 100),
        add column contact_email text check (char_length(contact_email) <= 254),
        add column billing_email text check (char_length(billing_email) <= 254),
        add column support_tier text not null default 'community'
          check (support_tier in ('community', 'standard', 'premium', 'enterprise')),
        add column brand_primary_color text check (brand_primary_color ~ '^#[0-9a-f]{6}$'),
        add column brand_secondary_color text check (brand_secondary_color ~ '^#[0-9a-f]{6}$'),
        add column brand_accent_color text check (brand_accent_color ~ '^#[0-9a-f]{6}$'),
        add column brand_font_family text,
        add column require_mfa boolean not null default false,
        add column allow_user_key_override boolean not null default false,
        add column banner_message text check (char_length(banner_message) <= 500),
        add column banner_variant text not null default 'info' check (banner_variant in ('info', 'warning', 'error')),
        add column banner_dismissible boolean not null default true,
        add column banner_updated_at timestamptz,
        add column trace_mode text not null default 'none' check (trace_mode in ('all', 'errors_only', 'sampled', 'none')),
        add column trace_sample_rate numeric(3, 2) not null default 1.00 check (trace_sample_rate between 0 and 1),
        add column trace_retention_days integer not null default 30 check (trace_retention_days between 1 and 3650);`);
    this.addSql(`
      create table banner_dismissal (
        org_id uuid not null references organization (id) on delete cascade,
        user_id uuid not null references app_user (id) on delete cascade,
        banner_updated_at timestamptz not null,
        primary key (org_id, user_id)
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table banner_dismissal;');
    this.addSql(`alter table organization
      drop column primary_domain, drop column industry, drop column contact_email, drop column billing_email,
      drop column support_tier, drop column brand_primary_color, drop column brand_secondary_color,
      drop column brand_accent_color, drop column brand_font_family, drop column require_mfa,
      drop column allow_user_key_override, drop column banner_message, drop column banner_variant,
      drop column banner_dismissible, drop column banner_updated_at, drop column trace_mode,
      drop column trace_sample_rate, drop column trace_retention_days;`);
  }
}
