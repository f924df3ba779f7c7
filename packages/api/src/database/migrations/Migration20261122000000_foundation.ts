import { Migration } from '@mikro-orm/migrations';

/**
 * Helpers every tenant table builds on: the tenant of the current transaction (set with
 * `set_config('app.org_id', …, true)` so a pooled connection never carries it further) for
 * row-level security policies, and an `updated_at` trigger.
 */
export class Migration20261122000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function app_current_org_id() returns uuid
      language sql stable
      as $$ select nullif(current_setting('app.org_id', true), '')::uuid $$;
    `);
    this.addSql(`
      create function app_touch_updated_at() returns trigger
      language plpgsql
      as $$ begin new.updated_at := now(); return new; end $$;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop function app_touch_updated_at();');
    this.addSql('drop function app_current_org_id();');
  }
}
