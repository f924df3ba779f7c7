import { Migration } from '@mikro-orm/migrations';

/**
 * Usage events: one row per recorded event, its credits priced when recorded, unique per org and
 * idempotency key (a retried event is stored once). Member and workspace are kept as ids without
 * foreign keys: usage is billing history and outlives a deleted workspace.
 */
export class Migration20261203020000_usage_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table usage_event (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        meter text not null check (meter in ('workflowRuns', 'voiceMinutes', 'toolSpend', 'ragTokens')),
        quantity bigint not null,
        credits bigint not null,
        membership_id uuid,
        workspace_id uuid,
        occurred_at timestamptz not null,
        source text not null,
        idempotency_key text not null,
        recorded_by_user_id uuid,
        recorded_by_api_key_id uuid,
        created_at timestamptz not null default now(),
        constraint usage_event_pkey primary key (org_id, id),
        constraint usage_event_idempotency_key_key unique (org_id, idempotency_key),
        constraint usage_event_quantity_check check (quantity > 0),
        constraint usage_event_credits_check check (credits >= 0),
        constraint usage_event_source_check check (char_length(source) >= 1 and char_length(source) <= 100),
        constraint usage_event_idempotency_key_check check (char_length(idempotency_key) >= 1 and char_length(idempotency_key) <= 255)
      );`);
    this.addSql(`create index usage_event_by_org on usage_event (org_id, created_at, id);`);
    this.addSql(`create index usage_event_by_member on usage_event (org_id, membership_id, created_at, id);`);
    this.addSql('select app_secure_tenant_tables();');
  }

  override async down(): Promise<void> {
    this.addSql('drop table usage_event;');
  }
}
