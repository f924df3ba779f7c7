import { Migration } from '@mikro-orm/migrations';

const PLANS = `('starter', 'team', 'business', 'enterprise')`;
const CYCLES = `('monthly', 'annual', 'custom')`;
const METERS = `('workflowRuns', 'voiceMinutes', 'toolSpend', 'ragTokens')`;

/**
 * Billing periods and invoices.
 *
 * - `billing_period`: every period an organization's subscription has been through, the open one
 *   included. The database keeps them one unbroken line: the key is (org, end); every period but
 *   the first names the end of the one before it (`follows`, a foreign key) and must start there;
 *   starts and numbers are unique per org. So each period has at most one successor, every
 *   successor starts exactly where its predecessor ended, and only period 1 has none: no overlap,
 *   no gap. Time without a subscription (after a cancellation or an expired trial) is an
 *   `inactive` period, added when a plan is chosen again. One period per org is open.
 * - `billing_calendar`: an org's custom fiscal calendar, the boundaries its periods end on.
 * - `subscription.anchor_day`: the day of the month monthly and annual periods end on.
 * - `usage_event.period_starts_at`: the open period an event was recorded in (the one it is
 *   billed in), read under the subscription's share lock, so a period's close waits for the
 *   recordings in flight.
 * - `invoice` and `invoice_line`: one invoice per closed trial or paid period (unique), numbered
 *   per org; no update ever, and deleted only with their organization (a trigger).
 */
export class Migration20261203060000_billing_periods extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table subscription add column anchor_day smallint not null default 1,
        add constraint subscription_anchor_day_check check (anchor_day >= 1 and anchor_day <= 31);`);
    this.addSql(`update subscription set anchor_day = extract(day from period_starts_at at time zone 'UTC');`);

    this.addSql(`
      create table billing_period (
        org_id uuid not null references organization (id) on delete cascade,
        ends_at timestamptz not null,
        starts_at timestamptz not null,
        follows timestamptz,
        number integer not null,
        kind text not null check (kind in ('trial', 'paid', 'inactive')),
        plan text not null check (plan in ${PLANS}),
        billing_cycle text not null check (billing_cycle in ${CYCLES}),
        nominal_ends_at timestamptz not null,
        closed_at timestamptz,
        invoiced_at timestamptz,
        created_at timestamptz not null default now(),
        constraint billing_period_pkey primary key (org_id, ends_at),
        constraint billing_period_starts_at_key unique (org_id, starts_at),
        constraint billing_period_number_key unique (org_id, number),
        constraint billing_period_length_check check (ends_at > starts_at and nominal_ends_at > starts_at),
        constraint billing_period_follows_check check ((number = 1 and follows is null) or (number > 1 and follows = starts_at)),
        constraint billing_period_org_id_follows_fkey foreign key (org_id, follows)
          references billing_period (org_id, ends_at) on update no action on delete cascade
      );`);
    this.addSql(`create unique index billing_period_open on billing_period (org_id) where closed_at is null;`);
    this.addSql(
      `create index billing_period_to_invoice on billing_period (org_id, number) where closed_at is not null and invoiced_at is null and kind <> 'inactive';`,
    );
    this.addSql(`
      insert into billing_period (org_id, ends_at, starts_at, number, kind, plan, billing_cycle, nominal_ends_at, closed_at, created_at)
      select org_id, period_ends_at, period_starts_at, 1, case when trial_ends_at is not null and status in ('trial', 'expired') then 'trial' else 'paid' end,
             plan, billing_cycle, period_ends_at,
             case when status in ('cancelled', 'expired') then period_ends_at end, period_starts_at
        from subscription;`);

    this.addSql(`
      create table billing_calendar (
        org_id uuid not null references organization (id) on delete cascade,
        boundary timestamptz not null,
        constraint billing_calendar_pkey primary key (org_id, boundary)
      );`);

    this.addSql(`alter table usage_event add column period_starts_at timestamptz;`);
    this.addSql(`
      update usage_event e set period_starts_at = s.period_starts_at from subscription s where s.org_id = e.org_id;`);
    this.addSql(`alter table usage_event alter column period_starts_at set not null;`);
    this.addSql(`create index usage_event_by_period on usage_event (org_id, period_starts_at, meter);`);

    this.addSql(`
      create table invoice (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        number integer not null,
        period_ends_at timestamptz not null,
        period_starts_at timestamptz not null,
        period_kind text not null check (period_kind in ('trial', 'paid')),
        plan text not null check (plan in ${PLANS}),
        billing_cycle text not null check (billing_cycle in ${CYCLES}),
        currency text not null,
        base_price bigint not null,
        prorated_base bigint not null,
        included_credits bigint not null,
        used_credits bigint not null,
        usage_amount bigint not null,
        total bigint not null,
        created_at timestamptz not null default now(),
        constraint invoice_pkey primary key (org_id, id),
        constraint invoice_number_key unique (org_id, number),
        constraint invoice_period_key unique (org_id, period_ends_at),
        constraint invoice_total_check check (total = prorated_base + usage_amount and total >= 0),
        constraint invoice_org_id_period_ends_at_fkey foreign key (org_id, period_ends_at)
          references billing_period (org_id, ends_at) on update no action on delete cascade
      );`);
    this.addSql(`create index invoice_by_creation on invoice (org_id, created_at, id);`);
    this.addSql(`
      create table invoice_line (
        org_id uuid not null,
        invoice_id uuid not null,
        line smallint not null,
        meter text not null check (meter in ${METERS}),
        quantity bigint not null,
        credits bigint not null,
        included_credits bigint not null,
        billable_credits bigint not null,
        unit_price bigint not null,
        amount bigint not null,
        late_quantity bigint not null,
        late_credits bigint not null,
        constraint invoice_line_pkey primary key (org_id, invoice_id, line),
        constraint invoice_line_credits_check check (billable_credits = credits - included_credits and billable_credits >= 0),
        constraint invoice_line_org_id_invoice_id_fkey foreign key (org_id, invoice_id)
          references invoice (org_id, id) on update no action on delete cascade
      );`);
    // Issued invoices never change. They go only with their organization: the organization's
    // row is gone (deleted earlier in the same statement) when the cascade reaches them.
    this.addSql(`
      create function app_invoice_immutable() returns trigger
      language plpgsql
      as $$
      begin
        if tg_op = 'DELETE' and not exists (select 1 from public.organization o where o.id = old.org_id) then
          return old;
        end if;
        raise exception 'issued invoices cannot be changed or deleted' using errcode = 'check_violation';
      end $$;`);
    this.addSql(`
      create trigger invoice_immutable before update or delete on invoice
        for each row execute function app_invoice_immutable();`);
    this.addSql(`
      create trigger invoice_line_immutable before update or delete on invoice_line
        for each row execute function app_invoice_immutable();`);
    this.addSql('select app_secure_tenant_tables();');
  }

  override async down(): Promise<void> {
    this.addSql('drop table invoice_line;');
    this.addSql('drop table invoice;');
    this.addSql('drop function app_invoice_immutable();');
    this.addSql('drop index usage_event_by_period;');
    this.addSql('alter table usage_event drop column period_starts_at;');
    this.addSql('drop table billing_calendar;');
    this.addSql('drop table billing_period;');
    this.addSql('alter table subscription drop column anchor_day;');
  }
}
