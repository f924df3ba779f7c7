import { Migration } from '@mikro-orm/migrations';

/**
 * Usage alerts: thresholds per meter (its quantity) or on credits (of one meter or all), absolute
 * or as a percentage of the plan's included credits, that mail the owners, admins and billing
 * address once per period and may throttle recording. A firing is unique per alert, revision
 * (bumped when the threshold changes) and period, so it happens once however many recordings
 * cross it together; it keeps the meter and kind it counted, so history reads right after a change.
 */
export class Migration20261203050000_usage_alerts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table usage_alert (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        meter text check (meter in ('workflowRuns', 'voiceMinutes', 'toolSpend', 'ragTokens')),
        kind text not null check (kind in ('quantity', 'credits', 'percent')),
        threshold bigint not null,
        notify_email boolean not null default true,
        throttle boolean not null default false,
        revision integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint usage_alert_pkey primary key (org_id, id),
        constraint usage_alert_threshold_check check (threshold > 0 and (kind <> 'percent' or threshold <= 1000)),
        constraint usage_alert_quantity_meter_check check (kind <> 'quantity' or meter is not null)
      );`);
    this.addSql(`
      create table usage_alert_firing (
        org_id uuid not null,
        id uuid not null default gen_random_uuid(),
        alert_id uuid not null,
        revision integer not null,
        meter text check (meter in ('workflowRuns', 'voiceMinutes', 'toolSpend', 'ragTokens')),
        kind text not null check (kind in ('quantity', 'credits', 'percent')),
        period_starts_at timestamptz not null,
        value bigint not null,
        threshold_value bigint not null,
        created_at timestamptz not null default now(),
        constraint usage_alert_firing_pkey primary key (org_id, id),
        constraint usage_alert_firing_once unique (org_id, alert_id, revision, period_starts_at),
        foreign key (org_id, alert_id) references usage_alert (org_id, id) on delete cascade
      );`);
    this.addSql(`create index usage_alert_firing_by_alert on usage_alert_firing (org_id, alert_id, created_at, id);`);
    this.addSql('select app_secure_tenant_tables();');
  }

  override async down(): Promise<void> {
    this.addSql('drop table usage_alert_firing;');
    this.addSql('drop table usage_alert;');
  }
}
