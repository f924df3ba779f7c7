import { Migration } from '@mikro-orm/migrations';

/**
 * Hourly usage rollups, kept up to date as events are recorded: one row per org, scope (the whole
 * org, one member or one workspace), meter and hour. Usage queries read these, so they do not slow
 * down as events accumulate.
 */
export class Migration20261203030000_usage_rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table usage_rollup (
        org_id uuid not null references organization (id) on delete cascade,
        scope text not null check (scope in ('org', 'member', 'workspace')),
        scope_id uuid not null,
        meter text not null check (meter in ('workflowRuns', 'voiceMinutes', 'toolSpend', 'ragTokens')),
        hour timestamptz not null,
        quantity bigint not null default 0,
        credits bigint not null default 0,
        events integer not null default 0,
        constraint usage_rollup_pkey primary key (org_id, scope, scope_id, meter, hour)
      );`);
    this.addSql(`create index usage_rollup_by_hour on usage_rollup (org_id, scope, hour);`);
    this.addSql(`
      insert into usage_rollup (org_id, scope, scope_id, meter, hour, quantity, credits, events)
      select e.org_id, s.scope, s.id, e.meter, date_trunc('hour', e.occurred_at), sum(e.quantity), sum(e.credits), count(*)
        from usage_event e
        cross join lateral (values ('org', e.org_id), ('member', e.membership_id), ('workspace', e.workspace_id)) s (scope, id)
       where s.id is not null
       group by 1, 2, 3, 4, 5;`);
    this.addSql('select app_secure_tenant_tables();');
  }

  override async down(): Promise<void> {
    this.addSql('drop table usage_rollup;');
  }
}
