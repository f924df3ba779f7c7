import { Migration } from '@mikro-orm/migrations';

/**
 * Restricted workspaces: a restricted workspace is seen only by its assigned members,
 * besides the roles that span every workspace. Assignments name memberships of the same org (the
 * composite keys make a cross-tenant assignment impossible) and go with either side.
 */
export class Migration20261122070000_workspace_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table workspace add column restricted boolean not null default false;`);
    this.addSql(`
      create table workspace_member (
        org_id uuid not null,
        workspace_id uuid not null,
        membership_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (org_id, workspace_id, membership_id),
        foreign key (org_id, workspace_id) references workspace (org_id, id) on delete cascade,
        foreign key (org_id, membership_id) references membership (org_id, id) on delete cascade
      );`);
    this.addSql(`create index workspace_member_by_membership on workspace_member (org_id, membership_id);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table workspace_member;');
    this.addSql('alter table workspace drop column restricted;');
  }
}
