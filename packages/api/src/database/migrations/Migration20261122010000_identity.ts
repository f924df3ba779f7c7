import { Migration } from '@mikro-orm/migrations';
import PgBoss from 'pg-boss';

/**
 * Identity: users, organizations with memberships (exactly one active owner each), sessions
 * with rotating refresh tokens, single-use emailed tokens, MFA recovery codes, the email outbox,
 * rate-limit counters, and the job queue's own schema. Email bodies carry single-use links, so
 * the outbox keeps them encrypted (AES-256-GCM under the data key).
 */
export class Migration20261122010000_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table organization (
        id uuid primary key default gen_random_uuid(),
        name text not null check (char_length(name) between 1 and 100),
        slug text not null unique check (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$'),
        status text not null default 'active' check (status in ('active', 'suspended', 'archived')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`
      create table app_user (
        id uuid primary key default gen_random_uuid(),
        email text not null unique check (email = lower(email) and char_length(email) <= 254),
        display_name text not null check (char_length(display_name) between 1 and 100),
        password_hash text not null,
        email_verified_at timestamptz,
        last_sign_in_at timestamptz,
        default_org_id uuid references organization (id) on delete set null,
        totp_secret text,
        totp_enabled_at timestamptz,
        totp_last_step bigint,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`
      create table membership (
        org_id uuid not null references organization (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        role text not null check (role in ('owner', 'admin', 'manager', 'member', 'viewer')),
        status text not null default 'active' check (status in ('active', 'archived')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (org_id, id),
        unique (org_id, user_id)
      );`);
    this.addSql(`create unique index membership_one_active_owner on membership (org_id)
      where role = 'owner' and status = 'active';`);
    this.addSql(`create index membership_active_by_user on membership (user_id) where status = 'active';`);
    this.addSql(`
      create table session (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        created_at timestamptz not null default now(),
        last_used_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        revoked_reason text,
        ip text,
        user_agent text
      );`);
    this.addSql(`create index session_by_user on session (user_id, created_at desc);`);
    this.addSql(`
      create table refresh_token (
        token_hash bytea primary key,
        session_id uuid not null references session (id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      );`);
    this.addSql(`create index refresh_token_by_session on refresh_token (session_id);`);
    this.addSql(`
      create table user_token (
        token_hash bytea primary key,
        user_id uuid not null references app_user (id) on delete cascade,
        purpose text not null check (purpose in ('email_verification', 'password_reset', 'mfa_challenge')),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      );`);
    this.addSql(`create index user_token_by_user on user_token (user_id, purpose);`);
    this.addSql(`
      create table recovery_code (
        user_id uuid not null references app_user (id) on delete cascade,
        code_hash bytea not null,
        created_at timestamptz not null default now(),
        used_at timestamptz,
        primary key (user_id, code_hash)
      );`);
    this.addSql(`
      create table outbox_email (
        id uuid primary key default gen_random_uuid(),
        to_address text not null,
        subject text not null,
        html_sealed text not null,
        text_sealed text not null,
        template text not null,
        created_at timestamptz not null default now(),
        sent_at timestamptz,
        attempts integer not null default 0,
        last_error text
      );`);
    this.addSql(`create index outbox_email_unsent on outbox_email (created_at) where sent_at is null;`);
    this.addSql(`
      create table rate_limit (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      );`);
    for (const table of ['organization', 'app_user', 'membership']) {
      this.addSql(`create trigger ${table}_touch before update on ${table}
        for each row execute function app_touch_updated_at();`);
    }
    // pg-boss's schema at the version this release uses; pg-boss migrates it itself later.
    // Its plan wraps itself in BEGIN/COMMIT, which must not end this migration's transaction.
    this.addSql(
      PgBoss.getConstructionPlans('pgboss')
        .replace(/^\s*BEGIN;/, '')
        .replace(/COMMIT;\s*$/, ''),
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop schema pgboss cascade;');
    for (const table of [
      'rate_limit',
      'outbox_email',
      'recovery_code',
      'user_token',
      'refresh_token',
      'session',
      'membership',
      'app_user',
      'organization',
    ]) {
      this.addSql(`drop table ${table};`);
    }
  }
}
