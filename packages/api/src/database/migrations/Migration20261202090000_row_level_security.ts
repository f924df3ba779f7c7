import { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security, the second wall behind the application's own `org_id` filters
 * (docs/architecture.md, "Row-level security"). Every table with an `org_id` column gets RLS
 * enabled and forced, and one policy: a row is visible and writable only in the tenant of the
 * current transaction (`app.org_id`, set with `set_config(…, true)`). Memberships are also
 * visible to their own user (`app.user_id`), which is what the org switcher and account pages
 * read. Tables added later are covered by running `app_secure_tenant_tables()` again in their
 * migration (a test fails while any `org_id` table lacks a forced policy).
 *
 * The few paths that must read across tenants before a tenant is known go through security-
 * definer functions owned by the migration role (which bypasses RLS): they look up exactly one
 * thing and enter its tenant.
 *
 * None of these functions has a `SET search_path` clause: PostgreSQL undoes every transaction-
 * local setting made inside a function that has one, which would undo `set_config(…, true)`.
 * Their tables are schema-qualified instead, so nothing a caller puts on its path can stand in
 * for them.
 */
export class Migration20261202090000_row_level_security extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function app_current_user_id() returns uuid
      language sql stable
      as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;
    `);
    this.addSql(`
      create function app_secure_tenant_tables() returns void
      language plpgsql
      as $$
      declare t record;
      begin
        for t in
          select c.table_name from information_schema.columns c
            join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
           where c.table_schema = 'public' and c.column_name = 'org_id' and tb.table_type = 'BASE TABLE'
        loop
          execute format('alter table %I enable row level security', t.table_name);
          execute format('alter table %I force row level security', t.table_name);
          if not exists (select 1 from pg_policies where schemaname = 'public' and tablename = t.table_name and policyname = 'tenant_isolation') then
            execute format(
              'create policy tenant_isolation on %I using (org_id = app_current_org_id()) with check (org_id = app_current_org_id())',
              t.table_name);
          end if;
        end loop;
      end $$;
    `);
    this.addSql('select app_secure_tenant_tables();');
    this.addSql(`create policy own_memberships on membership for select using (user_id = app_current_user_id());`);

    // The caller of a request (invoker rights, under RLS): a live session of the token's user, and
    // their active membership in the org named by x-tenant-id (id or slug). Enters the user and,
    // when a membership matched, its org. One row when the session is live.
    this.addSql(`
      create function app_enter_session(p_session uuid, p_user uuid, p_tenant text, p_org uuid, p_slug text)
      returns table (role text, membership_id uuid, org_id uuid, status text, mfa_missing boolean)
      language plpgsql volatile
      as $$
      #variable_conflict use_column
      declare found_row record;
      begin
        -- The token's signature proved the user; the row below proves the session is live (or the
        -- request is refused and its transaction rolled back). Own memberships are readable now.
        perform set_config('app.user_id', p_user::text, true);
        select m.role::text as role, m.id as membership_id, m.org_id as org_id, o.status::text as status,
               coalesce(o.require_mfa and u.totp_enabled_at is null, false) as mfa_missing
          into found_row
          from public.session s
          join public.app_user u on u.id = s.user_id
          left join public.organization o
            on p_tenant is not null and o.status <> 'archived' and (o.id = p_org or o.slug = lower(p_slug))
          left join public.membership m
            on m.org_id = o.id and m.user_id = s.user_id and m.status = 'active'
         where s.id = p_session and s.user_id = p_user and s.revoked_at is null and s.expires_at > now();
        if not found then return; end if;
        perform set_config('app.org_id', coalesce(found_row.org_id::text, ''), true);
        return query select found_row.role, found_row.membership_id, found_row.org_id, found_row.status, found_row.mfa_missing;
      end $$;
    `);

    // An API key's token names its org (the signature proved it): enter that org, then read the
    // key under RLS. Records the last use, at most once a minute. One row when the key is live.
    this.addSql(`
      create function app_enter_api_key(p_key uuid, p_org uuid, p_by_id uuid, p_by_slug text)
      returns table (id uuid, name text, scopes text[], creator_role text, status text, matches boolean)
      language plpgsql volatile
      as $$
      #variable_conflict use_column
      begin
        perform set_config('app.org_id', p_org::text, true);
        update public.api_key k set last_used_at = now()
         where k.org_id = p_org and k.id = p_key and k.revoked_at is null
           and (k.last_used_at is null or k.last_used_at < now() - interval '1 minute');
        return query
          select k.id, k.name::text, k.scopes::text[],
                 (select m.role::text from public.membership m
                   where m.org_id = k.org_id and m.user_id = k.created_by and m.status = 'active'),
                 o.status::text,
                 (p_by_id is null or o.id = p_by_id) and (p_by_slug is null or o.slug = lower(p_by_slug))
            from public.api_key k join public.organization o on o.id = k.org_id
           where k.org_id = p_org and k.id = p_key and k.revoked_at is null
             and (k.expires_at is null or k.expires_at > now()) and o.status <> 'archived';
      end $$;
    `);

    // Public links and secrets that carry their own tenant. Security definer (the migration role
    // bypasses RLS): each looks up one row by the hash of a secret the caller holds, enters that
    // row's org for the rest of the transaction and returns it (null when nothing matches).
    this.addSql(`
      create function app_enter_invitation(p_token_hash bytea) returns uuid
      language plpgsql volatile security definer
      as $$
      declare found_org uuid;
      begin
        select i.org_id into found_org from public.invitation i where i.token_hash = p_token_hash;
        if found_org is not null then perform set_config('app.org_id', found_org::text, true); end if;
        return found_org;
      end $$;
    `);
    this.addSql(`
      create function app_enter_api_key_secret(p_secret_hash bytea) returns uuid
      language plpgsql volatile security definer
      as $$
      declare found_org uuid;
      begin
        select k.org_id into found_org from public.api_key k where k.secret_hash = p_secret_hash;
        if found_org is not null then perform set_config('app.org_id', found_org::text, true); end if;
        return found_org;
      end $$;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop function app_enter_api_key_secret(bytea);');
    this.addSql('drop function app_enter_invitation(bytea);');
    this.addSql('drop function app_enter_api_key(uuid, uuid, uuid, text);');
    this.addSql('drop function app_enter_session(uuid, uuid, text, uuid, text);');
    this.addSql('drop policy own_memberships on membership;');
    this.addSql(`
      do $$ declare t record; begin
        for t in select tablename from pg_policies where schemaname = 'public' and policyname = 'tenant_isolation' loop
          execute format('drop policy tenant_isolation on %I', t.tablename);
          execute format('alter table %I no force row level security', t.tablename);
          execute format('alter table %I disable row level security', t.tablename);
        end loop;
      end $$;
    `);
    this.addSql('drop function app_secure_tenant_tables();');
    this.addSql('drop function app_current_user_id();');
  }
}
