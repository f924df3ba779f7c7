import { Migration } from '@mikro-orm/migrations';

/** API keys: a recognizable prefix, only a hash of the secret, scopes from the catalog. */
export class Migration20261122060000_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table api_key (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        name text not null check (char_length(name) between 1 and 100),
        description text not null default '' check (char_length(description) <= 500),
        prefix text not null unique,
        secret_hash bytea not null unique,
        scopes text[] not null,
        created_by uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz,
        primary key (org_id, id)
      );`);
    this.addSql(`create index api_key_by_org on api_key (org_id, created_at, id);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table api_key;');
  }
}
