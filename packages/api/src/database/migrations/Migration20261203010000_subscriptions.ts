import { Migration } from '@mikro-orm/migrations';

/**
 * Subscriptions: exactly one per organization (its primary key is the org), on a plan of the
 * catalogue in `@orgplane/schema`. Organizations that exist already start a 14-day trial of Team,
 * as new ones do by default. The table is tenant-owned (row-level security like the others).
 */
export class Migration20261203010000_subscriptions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table subscription (
        org_id uuid not null references organization (id) on delete cascade,
        plan text not null check (plan in ('starter', 'team', 'business', 'enterprise')),
        status text not null default 'trial' check (status in ('trial', 'active', 'suspended', 'cancelled', 'expired')),
        billing_cycle text not null default 'monthly' check (billing_cycle in ('monthly', 'annual', 'custom')),
        period_months smallint not null default 1,
        auto_renew boolean not null default true,
        trial_ends_at timestamptz,
        period_starts_at timestamptz not null,
        period_ends_at timestamptz not null,
        cancel_at_period_end boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint subscription_pkey primary key (org_id),
        constraint subscription_period_months_check check (period_months >= 1 and period_months <= 12),
        constraint subscription_period_check check (period_ends_at > period_starts_at),
        constraint subscription_trial_end_check check (status <> 'trial' or trial_ends_at is not null)
      );`);
    this.addSql(`create index subscription_due on subscription (period_ends_at) where status in ('trial', 'active');`);
    this.addSql(`
      insert into subscription (org_id, plan, trial_ends_at, period_starts_at, period_ends_at)
      select id, 'team', now() + interval '14 days', now(), now() + interval '14 days' from organization;`);
    this.addSql('select app_secure_tenant_tables();');
  }

  override async down(): Promise<void> {
    this.addSql('drop table subscription;');
  }
}
