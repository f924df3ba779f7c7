import { Migration } from '@mikro-orm/migrations';

/**
 * When the person last proved who they are in a session (signed in with every factor), so that
 * two-factor changes can ask for a recent sign-in. Existing sessions count from their start.
 */
export class Migration20261202040000_mfa_refresh extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table session add column authenticated_at timestamptz;`);
    this.addSql(`update session set authenticated_at = created_at;`);
    this.addSql(
      `alter table session alter column authenticated_at set not null, alter column authenticated_at set default now();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table session drop column authenticated_at;');
  }
}
