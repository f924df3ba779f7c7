import { Migration } from '@mikro-orm/migrations';

/**
 * Members: invitations (one pending per email and org, single-use hashed tokens), members'
 * credit limits, and the audit trail. Tenant tables are keyed by (org_id, id).
 */
export class Migration20261122020000_members extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table invitation (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        email text not null check (email = lower(email) and char_length(email) <= 254),
        role text not null check (role in ('admin', 'manager', 'member', 'viewer')),
        credit_limit bigint check (credit_limit is null or credit_limit >= -1),
        token_hash bytea not null unique,
        status text not null default 'pending' check (status in ('pending', 'accepted', 'expired', 'revoked')),
        invited_by uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        accepted_by uuid references app_user (id) on delete set null,
        revoked_at timestamptz,
        primary key (org_id, id)
      );`);
    this.addSql(
      `create unique index invitation_one_pending_per_email on invitation (org_id, email) where status = 'pending';`,
    );
    this.addSql(`create index invitation_by_org_status on invitation (org_id, status, created_at desc, id desc);`);
    this.addSql(`create index invitation_pending_expiry on invitation (expires_at) where status = 'pending';`);
    this.addSql(`create index invitation_by_inviter on invitation (invited_by);`);
    this.addSql(`
      create table member_credit (
        org_id uuid not null,
        membership_id uuid not null,
        credit_limit bigint not null default -1 check (credit_limit >= -1),
        used_credits bigint not null default 0 check (used_credits >= 0),
        updated_at timestamptz not null default now(),
        primary key (org_id, membership_id),
        foreign key (org_id, membership_id) references membership (org_id, id) on delete cascade
      );`);
    this.addSql(`
      create table audit_event (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        actor_user_id uuid references app_user (id) on delete set null,
        actor_label text,
        action text not null,
        target_type text not null,
        target_id text,
        before jsonb,
        after jsonb,
        ip text,
        user_agent text,
        request_id text,
        created_at timestamptz not null default clock_timestamp(),
        primary key (org_id, id)
      );`);
    this.addSql(`create index audit_event_by_org_time on audit_event (org_id, created_at desc, id desc);`);
    // Member list orderings and filters stay index-backed at 100,000 members.
    this.addSql(`create index membership_by_org_joined on membership (org_id, created_at, id);`);
    this.addSql(`create index membership_by_org_status_role on membership (org_id, status, role, created_at, id);`);
    this.addSql(`create index app_user_email_prefix on app_user (email text_pattern_ops);`);
    this.addSql(`create index app_user_name_prefix on app_user (lower(display_name) text_pattern_ops);`);
    this.addSql(`create trigger member_credit_touch before update on member_credit
      for each row execute function app_touch_updated_at();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index app_user_name_prefix;');
    this.addSql('drop index app_user_email_prefix;');
    this.addSql('drop index membership_by_org_status_role;');
    this.addSql('drop index membership_by_org_joined;');
    this.addSql('drop table audit_event;');
    this.addSql('drop table member_credit;');
    this.addSql('drop table invitation;');
  }
}
