import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { requireName } from '../../graphql/names.ts';
import { requireEntitlement } from '../billing/subscription.service.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { Workspace } from './workspace.entity.ts';
import { WORKSPACE_DESCRIPTION_MAX_LENGTH, slugBase, slugProblems } from '@orgplane/schema';

/**
 * Who is reading workspaces: callers that span every workspace (owners and admins, through
 * `workspaces.manageAccess`) see restricted ones too; others see a restricted workspace only when
 * their membership is assigned to it. To everyone else it does not exist (NOT_FOUND).
 */
export interface WorkspaceReader {
  readonly spansAll: boolean;
  /** The caller's membership; null for an API key, which is assigned to no workspace. */
  readonly membershipId: string | null;
}

export interface WorkspaceRow extends CreationKeyed {
  id: string;
  name: string;
  slug: string;
  description: string;
  restricted: boolean;
  created_at: Date;
  updated_at: Date;
  environment_count: number;
}

const WORKSPACE_SELECT = `select w.id, w.id as key, w.name, w.slug, w.description, w.restricted, w.created_at, w.updated_at,
       w.created_at::text as created_key,
       (select count(*)::int from environment e where e.org_id = w.org_id and e.workspace_id = w.id) as environment_count
  from workspace w`;

/** The condition that `w` is visible to a reader, with its two parameters. */
export function visibleTo(reader: WorkspaceReader): [string, unknown[]] {
  return [
    `(not w.restricted or ?::boolean or exists (
       select 1 from workspace_member wm
        where wm.org_id = w.org_id and wm.workspace_id = w.id and wm.membership_id = ?::uuid))`,
    [reader.spansAll, reader.membershipId],
  ];
}

export function requireSlug(input: string | null | undefined, fallbackName: string): string {
  const slug = input?.trim().toLowerCase() || slugBase(fallbackName);
  const problems = slugProblems(slug);
  if (problems.length) throw new ValidationFailedError(problems);
  return slug;
}

export function uniqueViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException;
}

/**
 * Workspaces as one reader sees them: a restricted workspace the reader may not see is not found
 * by any method (see `WorkspaceReader`).
 */
export class WorkspaceService {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: WorkspaceReader,
  ) {}

  listWorkspaces(orgId: string, page: { first: number; after?: string | null }) {
    const [visible, params] = visibleTo(this.reader);
    return pageByCreation<WorkspaceRow, WorkspaceRow>(
      this.em,
      {
        select: WORKSPACE_SELECT,
        where: `w.org_id = ? and ${visible}`,
        params: [orgId, ...params],
        alias: 'w',
        direction: 'asc',
      },
      page,
      (row) => row,
    );
  }

  async getWorkspace(orgId: string, id: string, em: EntityManager = this.em): Promise<WorkspaceRow> {
    const [visible, params] = visibleTo(this.reader);
    const [row] = await sql<WorkspaceRow>(em, `${WORKSPACE_SELECT} where w.org_id = ? and w.id = ? and ${visible}`, [
      orgId,
      id,
      ...params,
    ]);
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  async createWorkspace(
    orgId: string,
    actor: AuditActor,
    input: { name: string; slug?: string | null; description?: string | null },
  ): Promise<WorkspaceRow> {
    const name = requireName(input.name);
    const slug = requireSlug(input.slug, name);
    const description = (input.description ?? '').trim();
    if (description.length > WORKSPACE_DESCRIPTION_MAX_LENGTH)
      throw new ValidationFailedError([
        { path: 'description', message: `must be at most ${WORKSPACE_DESCRIPTION_MAX_LENGTH} characters` },
      ]);
    return this.em.transactional(async (em) => {
      await requireEntitlement(em, orgId, { entitlement: 'maxWorkspaces', requireUsable: true });
      const { id } = em.create(Workspace, { organization: orgId, name, slug, description });
      try {
        await em.flush();
      } catch (error) {
        if (uniqueViolation(error))
          throw new ValidationFailedError([{ path: 'slug', message: 'is already used by another workspace' }]);
        throw error;
      }
      await recordAudit(em, actor, {
        orgId,
        action: 'workspace.created',
        targetType: 'workspace',
        targetId: id,
        after: { name, slug },
      });
      return this.getWorkspace(orgId, id, em);
    });
  }

  async updateWorkspace(
    orgId: string,
    actor: AuditActor,
    id: string,
    input: { name?: string | null; slug?: string | null; description?: string | null },
  ): Promise<WorkspaceRow> {
    return this.em.transactional(async (em) => {
      const before = await this.getWorkspace(orgId, id, em);
      const name = input.name ? requireName(input.name) : before.name;
      const slug = input.slug ? requireSlug(input.slug, name) : before.slug;
      const description =
        input.description === undefined || input.description === null ? before.description : input.description.trim();
      if (description.length > WORKSPACE_DESCRIPTION_MAX_LENGTH)
        throw new ValidationFailedError([
          { path: 'description', message: `must be at most ${WORKSPACE_DESCRIPTION_MAX_LENGTH} characters` },
        ]);
      try {
        await em.nativeUpdate(Workspace, { organization: orgId, id }, { name, slug, description });
      } catch (error) {
        if (uniqueViolation(error))
          throw new ValidationFailedError([{ path: 'slug', message: 'is already used by another workspace' }]);
        throw error;
      }
      await recordAudit(em, actor, {
        orgId,
        action: 'workspace.updated',
        targetType: 'workspace',
        targetId: id,
        before: { name: before.name, slug: before.slug, description: before.description },
        after: { name, slug, description },
      });
      return this.getWorkspace(orgId, id, em);
    });
  }

  /** Deletes a workspace with its environments, confirmed by its slug. */
  async deleteWorkspace(orgId: string, actor: AuditActor, id: string, confirmSlug: string): Promise<WorkspaceRow> {
    return this.em.transactional(async (em) => {
      const workspace = await this.getWorkspace(orgId, id, em);
      if (confirmSlug.trim() !== workspace.slug) {
        throw new ValidationFailedError([{ path: 'confirmSlug', message: 'must be the workspace’s slug' }]);
      }
      await em.nativeDelete(Workspace, { organization: orgId, id });
      await recordAudit(em, actor, {
        orgId,
        action: 'workspace.deleted',
        targetType: 'workspace',
        targetId: id,
        before: { name: workspace.name, slug: workspace.slug, environmentCount: workspace.environment_count },
      });
      return workspace;
    });
  }
}
