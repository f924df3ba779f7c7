import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in attempts from a recognized device (one that holds a device cookie for the account) are
 * counted per (account, device), apart from the account's shared lock, with a growing delay:
 * `attempts` claimed so far and the earliest time the next may be claimed. A row is forgotten a
 * day after its last attempt; a successful sign-in deletes it.
 */
export class Migration20261202030000_attempt_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table sign_in_device_attempt (
        key text primary key,
        attempts integer not null,
        not_before timestamptz not null,
        expires_at timestamptz not null
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table sign_in_device_attempt;');
  }
}
