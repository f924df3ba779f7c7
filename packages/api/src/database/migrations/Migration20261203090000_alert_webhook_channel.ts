import { Migration } from '@mikro-orm/migrations';

/**
 * Usage alerts get a second channel: a crossed alert with `notify_webhook` sends
 * `usage.alert.triggered` to the organization's webhook endpoints subscribed to it (as every
 * alert did until now, hence the default).
 */
export class Migration20261203090000_alert_webhook_channel extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table usage_alert add column notify_webhook boolean not null default true;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table usage_alert drop column notify_webhook;');
  }
}
