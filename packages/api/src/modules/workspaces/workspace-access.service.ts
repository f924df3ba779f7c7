import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAbility, type RoleId } from '@orgplane/schema';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { WorkspaceMember } from './workspace-member.entity.ts';
import { Workspace } from './workspace.entity.ts';
import { WorkspaceService, type WorkspaceReader, type WorkspaceRow } from './workspace.service.ts';

/** Who sees a workspace: whether it is restricted, and which members are assigned to it. */
export class WorkspaceAccessService {
  private readonly workspaces: WorkspaceService;

  constructor(
    private readonly em: EntityManager,
    reader: WorkspaceReader,
  ) {
    this.workspaces = new WorkspaceService(em, reader);
  }

  /** Makes a workspace restricted (only assigned members, owners and admins see it) or open to every member. */
  async setRestricted(orgId: string, actor: AuditActor, id: string, restricted: boolean): Promise<WorkspaceRow> {
    return this.em.transactional(async (em) => {
      const before = await this.workspaces.getWorkspace(orgId, id, em);
      if (before.restricted === restricted) return before;
      await em.nativeUpdate(Workspace, { organization: orgId, id }, { restricted });
      await recordAudit(em, actor, {
        orgId,
        action: restricted ? 'workspace.restricted' : 'workspace.opened',
        targetType: 'workspace',
        targetId: id,
        before: { restricted: before.restricted },
        after: { restricted },
      });
      return this.workspaces.getWorkspace(orgId, id, em);
    });
  }

  /**
   * Assigns an active member to a workspace, so they see it while it is restricted. Owners and
   * admins see every workspace already and are refused; assigning twice changes nothing.
   */
  async addMember(orgId: string, actor: AuditActor, id: string, membershipId: string): Promise<WorkspaceRow> {
    return this.em.transactional(async (em) => {
      const workspace = await this.workspaces.getWorkspace(orgId, id, em);
      const [member] = await sql<{ role: RoleId; status: string }>(
        em,
        'select role, status from membership where org_id = ? and id = ? for share',
        [orgId, membershipId],
      );
      if (!member) throw new DomainError('NOT_FOUND');
      if (member.status !== 'active') throw new DomainError('MEMBER_NOT_ACTIVE');
      if (hasAbility(member.role, 'workspaces.manageAccess')) {
        throw new ValidationFailedError([
          { path: 'membershipId', message: 'is an owner or admin, who sees every workspace already' },
        ]);
      }
      const added = await sql(
        em,
        `insert into workspace_member (org_id, workspace_id, membership_id) values (?, ?, ?)
         on conflict do nothing returning membership_id`,
        [orgId, id, membershipId],
      );
      if (added.length) {
        await recordAudit(em, actor, {
          orgId,
          action: 'workspace.member_added',
          targetType: 'workspace',
          targetId: id,
          after: { membershipId },
        });
      }
      return workspace;
    });
  }

  /** Takes a member off a workspace; a restricted workspace disappears for them at once. */
  async removeMember(orgId: string, actor: AuditActor, id: string, membershipId: string): Promise<WorkspaceRow> {
    return this.em.transactional(async (em) => {
      const workspace = await this.workspaces.getWorkspace(orgId, id, em);
      const removed = await em.nativeDelete(WorkspaceMember, {
        orgId,
        workspace: [orgId, id],
        membership: [orgId, membershipId],
      });
      if (!removed) throw new DomainError('NOT_FOUND');
      await recordAudit(em, actor, {
        orgId,
        action: 'workspace.member_removed',
        targetType: 'workspace',
        targetId: id,
        before: { membershipId },
      });
      return workspace;
    });
  }
}
