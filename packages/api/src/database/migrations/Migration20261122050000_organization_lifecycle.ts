import { Migration } from '@mikro-orm/migrations';

/** When an organization was archived: restorable for 30 days, then deleted by a job. */
export class Migration20261122050000_organization_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table organization add column archived_at timestamptz,
      add constraint organization_archived_at check ((status = 'archived') = (archived_at is not null));`);
    this.addSql(`create index organization_archived on organization (archived_at) where archived_at is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index organization_archived;');
    this.addSql('alter table organization drop constraint organization_archived_at, drop column archived_at;');
  }
}
