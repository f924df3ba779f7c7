import { Migration } from '@mikro-orm/migrations';

/** Workspaces partition an organization; environments live in a workspace. */
export class Migration20261122040000_workspaces extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table workspace (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        name text not null check (char_length(name) between 1 and 100),
        slug text not null check (slug ~ '^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$'),
        description text not null default '' check (char_length(description) <= 1000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (org_id, id),
        unique (org_id, slug)
      );`);
    this.addSql(`
      create table environment (
        org_id uuid not null,
        workspace_id uuid not null,
        id uuid not null default gen_random_uuid(),
        name text not null check (char_length(name) between 1 and 100),
        slug text not null check (slug ~ '^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$'),
        tier text not null check (tier in ('dev', 'stage', 'prod')),
        deployment_host text not null check (deployment_host in ('localhost', 'cloudrun', 'aws')),
        execution_settings jsonb not null default '{}',
        credentials_sealed text,
        credentials_fingerprint text,
        credentials_updated_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (org_id, id),
        unique (org_id, workspace_id, slug),
        foreign key (org_id, workspace_id) references workspace (org_id, id) on delete cascade
      );`);
    this.addSql(`create index environment_by_workspace on environment (org_id, workspace_id, created_at, id);`);
    for (const table of ['workspace', 'environment']) {
      this.addSql(
        `create trigger ${table}_touch before update on ${table} for each row execute function app_touch_updated_at();`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop table environment;');
    this.addSql('drop table workspace;');
  }
}
