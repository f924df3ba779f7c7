import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks: an organization's endpoints (URL, subscribed event types, a signing secret sealed
 * under the data key, enabled or disabled and why), the events queued for them, one delivery per
 * event and endpoint (pending until it succeeded or its retries ran out, claimed by one sender
 * at a time with a lease), and every attempt of a delivery (the delivery log).
 */
export class Migration20261203070000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table webhook_endpoint (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        url text not null,
        description text not null default '',
        event_types text[] not null,
        enabled boolean not null default true,
        disabled_reason text check (disabled_reason in ('manual', 'failures')),
        disabled_at timestamptz,
        secret_sealed text not null,
        consecutive_failures integer not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint webhook_endpoint_pkey primary key (org_id, id)
      );`);
    this.addSql(`
      create table webhook_event (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        type text not null,
        data jsonb not null,
        created_at timestamptz not null default now(),
        constraint webhook_event_pkey primary key (org_id, id)
      );`);
    this.addSql(`
      create table webhook_delivery (
        org_id uuid not null,
        id uuid not null default gen_random_uuid(),
        endpoint_id uuid not null,
        event_id uuid not null,
        status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        claimed_until timestamptz,
        completed_at timestamptz,
        created_at timestamptz not null default now(),
        constraint webhook_delivery_pkey primary key (org_id, id),
        constraint webhook_delivery_org_id_endpoint_id_fkey foreign key (org_id, endpoint_id)
          references webhook_endpoint (org_id, id) on delete cascade,
        constraint webhook_delivery_org_id_event_id_fkey foreign key (org_id, event_id)
          references webhook_event (org_id, id) on delete cascade
      );`);
    this.addSql(`create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';`);
    this.addSql(`create index webhook_delivery_by_endpoint on webhook_delivery (org_id, endpoint_id, created_at, id);`);
    this.addSql(`create index webhook_delivery_by_event on webhook_delivery (org_id, event_id);`);
    this.addSql(`
      create table webhook_attempt (
        org_id uuid not null,
        id uuid not null default gen_random_uuid(),
        delivery_id uuid not null,
        attempt integer not null,
        succeeded boolean not null,
        response_status integer,
        duration_ms integer not null,
        error text,
        created_at timestamptz not null default now(),
        constraint webhook_attempt_pkey primary key (org_id, id),
        constraint webhook_attempt_once unique (org_id, delivery_id, attempt),
        constraint webhook_attempt_org_id_delivery_id_fkey foreign key (org_id, delivery_id)
          references webhook_delivery (org_id, id) on delete cascade
      );`);
    this.addSql('select app_secure_tenant_tables();');
  }

  override async down(): Promise<void> {
    this.addSql('drop table webhook_attempt;');
    this.addSql('drop table webhook_delivery;');
    this.addSql('drop table webhook_event;');
    this.addSql('drop table webhook_endpoint;');
  }
}
