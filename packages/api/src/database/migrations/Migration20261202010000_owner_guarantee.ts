import { Migration } from '@mikro-orm/migrations';

/**
 * Exactly one active owner per organization that is not archived, guaranteed by the database:
 * the partial unique index `membership_one_active_owner` already refuses a second owner at once;
 * these deferred constraint triggers refuse, at commit, a transaction that leaves an org with
 * none (the owner's membership demoted, archived, moved or deleted, its user deleted, an org
 * created or restored without one). Deferred, so that a transfer (demote, then promote) and an
 * org created before its owner's membership commit as one change. The refusal is SQLSTATE 23514
 * with the constraint name `organization_one_active_owner`, which the API answers as CONFLICT.
 * Archived organizations are exempt (restoring one checks again); deleted ones need nothing.
 */
export class Migration20261202010000_owner_guarantee extends Migration {
  override async up(): Promise<void> {
    // Security definer: the check must see every membership of the org, whatever row-level
    // security the calling role is under.
    this.addSql(`
      create function app_require_one_active_owner(target uuid) returns void
        language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        if exists (select 1 from organization o where o.id = target and o.status <> 'archived')
           and (select count(*) from membership m
                 where m.org_id = target and m.role = 'owner' and m.status = 'active') <> 1 then
          raise exception 'organization % must have exactly one active owner', target
            using errcode = 'check_violation', constraint = 'organization_one_active_owner';
        end if;
      end $$;`);
    this.addSql(`
      create function app_membership_owner_check() returns trigger language plpgsql as $$
      begin
        perform app_require_one_active_owner(old.org_id);
        return null;
      end $$;`);
    this.addSql(`
      create function app_organization_owner_check() returns trigger language plpgsql as $$
      begin
        perform app_require_one_active_owner(new.id);
        return null;
      end $$;`);
    // Only a change to the owner's row can leave an org without one; inserting members cannot.
    this.addSql(`
      create constraint trigger membership_owner_kept
        after update of role, status, org_id or delete on membership
        deferrable initially deferred
        for each row when (old.role = 'owner' and old.status = 'active')
        execute function app_membership_owner_check();`);
    this.addSql(`
      create constraint trigger organization_owner_present
        after insert or update of status on organization
        deferrable initially deferred
        for each row when (new.status <> 'archived')
        execute function app_organization_owner_check();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger organization_owner_present on organization;');
    this.addSql('drop trigger membership_owner_kept on membership;');
    this.addSql('drop function app_organization_owner_check();');
    this.addSql('drop function app_membership_owner_check();');
    this.addSql('drop function app_require_one_active_owner(uuid);');
  }
}
