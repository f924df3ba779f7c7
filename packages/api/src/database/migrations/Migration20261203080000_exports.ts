import { Migration } from '@mikro-orm/migrations';

/**
 * Export links: a short-lived, single-use download link per export, its random token stored only
 * as a SHA-256 hash, bound to the organization, the user and the session that asked for it.
 * `app_enter_export_link` (security definer, like `app_enter_invitation`) looks one link up by its
 * token's hash and enters its organization for row-level security: holding the link's secret is
 * what proves it; the download then claims the link and checks the user's membership under the
 * policies. `kind` has no check constraint on purpose: the kinds are the registry in
 * `modules/exports/export-kinds.ts`, so adding one needs no migration. Usage events get an index
 * by occurrence, the order exports read them in.
 */
export class Migration20261203080000_exports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table export_link (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        session_id uuid not null references session (id) on delete cascade,
        kind text not null,
        format text not null check (format in ('csv', 'json')),
        params jsonb not null,
        token_hash bytea not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        constraint export_link_pkey primary key (org_id, id),
        constraint export_link_token_hash_key unique (token_hash)
      );`);
    this.addSql(`create index export_link_by_user on export_link (user_id);`);
    this.addSql(`create index export_link_by_session on export_link (session_id);`);
    this.addSql(`create index export_link_expiry on export_link (expires_at);`);
    this.addSql(`create index usage_event_by_occurrence on usage_event (org_id, occurred_at, id);`);
    this.addSql('select app_secure_tenant_tables();');
    this.addSql(`
      create function app_enter_export_link(p_token_hash bytea) returns uuid
      language plpgsql volatile security definer
      as $$
      declare found_org uuid;
      begin
        select l.org_id into found_org from public.export_link l where l.token_hash = p_token_hash;
        if found_org is not null then perform set_config('app.org_id', found_org::text, true); end if;
        return found_org;
      end $$;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop function app_enter_export_link(bytea);');
    this.addSql('drop index usage_event_by_occurrence;');
    this.addSql('drop table export_link;');
  }
}
