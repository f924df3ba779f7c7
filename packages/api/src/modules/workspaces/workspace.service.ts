import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  DEPLOYMENT_HOSTS,
  EXECUTION_SETTINGS,
  WORKSPACE_DESCRIPTION_MAX_LENGTH,
  hasAbility,
  type FieldError,
  type RoleId,
} from '@orgplane/schema';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../graphql/errors.ts';
import { requireName } from '../../graphql/names.ts';
import { encryptSecret, keyedHash } from '../../security/crypto.ts';
import type { AppServices } from '../../services.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { slugBase, slugProblems } from '@orgplane/schema';

export const TIERS = ['dev', 'stage', 'prod'] as const;
export const HOSTS = DEPLOYMENT_HOSTS;
export type Tier = (typeof TIERS)[number];
export type DeploymentHost = (typeof HOSTS)[number];

/** Execution backend settings as given; which ones apply depends on the host. */
export interface ExecutionSettings {
  port?: number | null;
  region?: string | null;
  service?: string | null;
  cluster?: string | null;
}

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

export interface EnvironmentRow extends CreationKeyed {
  id: string;
  workspace_id: string;
  name: string;
  slug: string;
  tier: Tier;
  deployment_host: DeploymentHost;
  execution_settings: Record<string, unknown>;
  credentials_fingerprint: string | null;
  credentials_updated_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const WORKSPACE_SELECT = `select w.id, w.id as key, w.name, w.slug, w.description, w.restricted, w.created_at, w.updated_at,
       w.created_at::text as created_key,
       (select count(*)::int from environment e where e.org_id = w.org_id and e.workspace_id = w.id) as environment_count
  from workspace w`;

// The sealed credentials never leave this module: only their fingerprint and time are selected.
const ENVIRONMENT_SELECT = `select e.id, e.id as key, e.workspace_id, e.name, e.slug, e.tier, e.deployment_host,
       e.execution_settings, e.credentials_fingerprint, e.credentials_updated_at, e.created_at, e.updated_at,
       e.created_at::text as created_key
  from environment e
  join workspace w on w.org_id = e.org_id and w.id = e.workspace_id`;

/** The condition that `w` is visible to a reader, with its two parameters. */
function visibleTo(reader: WorkspaceReader): [string, unknown[]] {
  return [
    `(not w.restricted or ?::boolean or exists (
       select 1 from workspace_member wm
        where wm.org_id = w.org_id and wm.workspace_id = w.id and wm.membership_id = ?::uuid))`,
    [reader.spansAll, reader.membershipId],
  ];
}

const MAX_CREDENTIALS = 16_384;

function requireSlug(input: string | null | undefined, fallbackName: string): string {
  const slug = input?.trim().toLowerCase() || slugBase(fallbackName);
  const problems = slugProblems(slug);
  if (problems.length) throw new ValidationFailedError(problems);
  return slug;
}

/** The settings that apply to `host`, validated by the shared rules; other keys are refused. */
export function executionSettingsFor(
  host: DeploymentHost,
  settings: ExecutionSettings,
  path = 'executionSettings',
): Record<string, unknown> {
  const problems: FieldError[] = [];
  const given = Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== null && value !== undefined),
  );
  const rules = EXECUTION_SETTINGS[host];
  for (const key of Object.keys(given)) {
    if (!rules.some((rule) => rule.key === key))
      problems.push({ path: `${path}.${key}`, message: `does not apply to ${host}` });
  }
  for (const rule of rules) {
    const value = given[rule.key];
    if (value === undefined ? !rule.optional : !rule.pattern.test(String(value)))
      problems.push({ path: `${path}.${rule.key}`, message: rule.message });
  }
  if (problems.length) throw new ValidationFailedError(problems);
  return given;
}

function uniqueViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException;
}

/**
 * Workspaces and their environments, as one reader sees them: a restricted workspace the reader
 * may not see, and its environments, are not found by any method. Environment cloud credentials
 * are write-only: sealed with AES-256-GCM under the data key, and only a keyed fingerprint and
 * the time of the change are ever read back.
 */
export class WorkspaceService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
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
        createdColumn: 'w.created_at',
        keyColumn: 'w.id',
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
      let id: string;
      try {
        [{ id }] = (await sql<{ id: string }>(
          em,
          'insert into workspace (org_id, name, slug, description) values (?, ?, ?, ?) returning id',
          [orgId, name, slug, description],
        )) as [{ id: string }];
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
        await sql(em, 'update workspace set name = ?, slug = ?, description = ? where org_id = ? and id = ?', [
          name,
          slug,
          description,
          orgId,
          id,
        ]);
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
      await sql(em, 'delete from workspace where org_id = ? and id = ?', [orgId, id]);
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

  /** Makes a workspace restricted (only assigned members, owners and admins see it) or open to every member. */
  async setRestricted(orgId: string, actor: AuditActor, id: string, restricted: boolean): Promise<WorkspaceRow> {
    return this.em.transactional(async (em) => {
      const before = await this.getWorkspace(orgId, id, em);
      if (before.restricted === restricted) return before;
      await sql(em, 'update workspace set restricted = ? where org_id = ? and id = ?', [restricted, orgId, id]);
      await recordAudit(em, actor, {
        orgId,
        action: restricted ? 'workspace.restricted' : 'workspace.opened',
        targetType: 'workspace',
        targetId: id,
        before: { restricted: before.restricted },
        after: { restricted },
      });
      return this.getWorkspace(orgId, id, em);
    });
  }

  /**
   * Assigns an active member to a workspace, so they see it while it is restricted. Owners and
   * admins see every workspace already and are refused; assigning twice changes nothing.
   */
  async addMember(orgId: string, actor: AuditActor, id: string, membershipId: string): Promise<WorkspaceRow> {
    return this.em.transactional(async (em) => {
      const workspace = await this.getWorkspace(orgId, id, em);
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
      const workspace = await this.getWorkspace(orgId, id, em);
      const removed = await sql(
        em,
        `delete from workspace_member where org_id = ? and workspace_id = ? and membership_id = ?
         returning membership_id`,
        [orgId, id, membershipId],
      );
      if (!removed.length) throw new DomainError('NOT_FOUND');
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

  async listEnvironments(orgId: string, workspaceId: string, page: { first: number; after?: string | null }) {
    await this.getWorkspace(orgId, workspaceId);
    return pageByCreation<EnvironmentRow, EnvironmentRow>(
      this.em,
      {
        select: ENVIRONMENT_SELECT,
        where: 'e.org_id = ? and e.workspace_id = ?',
        params: [orgId, workspaceId],
        createdColumn: 'e.created_at',
        keyColumn: 'e.id',
        direction: 'asc',
      },
      page,
      (row) => row,
    );
  }

  async getEnvironment(orgId: string, id: string, em: EntityManager = this.em): Promise<EnvironmentRow> {
    const [visible, params] = visibleTo(this.reader);
    const [row] = await sql<EnvironmentRow>(
      em,
      `${ENVIRONMENT_SELECT} where e.org_id = ? and e.id = ? and ${visible}`,
      [orgId, id, ...params],
    );
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  async createEnvironment(
    orgId: string,
    actor: AuditActor,
    input: {
      workspaceId: string;
      name: string;
      slug?: string | null;
      tier: Tier;
      deploymentHost: DeploymentHost;
      executionSettings?: ExecutionSettings | null;
    },
  ): Promise<EnvironmentRow> {
    const name = requireName(input.name);
    const slug = requireSlug(input.slug, name);
    const settings = executionSettingsFor(input.deploymentHost, input.executionSettings ?? {});
    return this.em.transactional(async (em) => {
      await this.getWorkspace(orgId, input.workspaceId, em);
      let id: string;
      try {
        [{ id }] = (await sql<{ id: string }>(
          em,
          `insert into environment (org_id, workspace_id, name, slug, tier, deployment_host, execution_settings)
           values (?, ?, ?, ?, ?, ?, ?::jsonb) returning id`,
          [orgId, input.workspaceId, name, slug, input.tier, input.deploymentHost, JSON.stringify(settings)],
        )) as [{ id: string }];
      } catch (error) {
        if (uniqueViolation(error))
          throw new ValidationFailedError([{ path: 'slug', message: 'is already used in this workspace' }]);
        throw error;
      }
      await recordAudit(em, actor, {
        orgId,
        action: 'environment.created',
        targetType: 'environment',
        targetId: id,
        after: { workspaceId: input.workspaceId, name, slug, tier: input.tier, deploymentHost: input.deploymentHost },
      });
      return this.getEnvironment(orgId, id, em);
    });
  }

  async updateEnvironment(
    orgId: string,
    actor: AuditActor,
    id: string,
    input: {
      name?: string | null;
      tier?: Tier | null;
      deploymentHost?: DeploymentHost | null;
      executionSettings?: ExecutionSettings | null;
    },
  ): Promise<EnvironmentRow> {
    return this.em.transactional(async (em) => {
      const before = await this.getEnvironment(orgId, id, em);
      const name = input.name ? requireName(input.name) : before.name;
      const tier = input.tier ?? before.tier;
      const host = input.deploymentHost ?? before.deployment_host;
      const settings = executionSettingsFor(
        host,
        input.executionSettings ??
          (host === before.deployment_host ? (before.execution_settings as ExecutionSettings) : {}),
      );
      await sql(
        em,
        'update environment set name = ?, tier = ?, deployment_host = ?, execution_settings = ?::jsonb where org_id = ? and id = ?',
        [name, tier, host, JSON.stringify(settings), orgId, id],
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'environment.updated',
        targetType: 'environment',
        targetId: id,
        before: {
          name: before.name,
          tier: before.tier,
          deploymentHost: before.deployment_host,
          executionSettings: before.execution_settings,
        },
        after: { name, tier, deploymentHost: host, executionSettings: settings },
      });
      return this.getEnvironment(orgId, id, em);
    });
  }

  async deleteEnvironment(orgId: string, actor: AuditActor, id: string): Promise<EnvironmentRow> {
    return this.em.transactional(async (em) => {
      const environment = await this.getEnvironment(orgId, id, em);
      await sql(em, 'delete from environment where org_id = ? and id = ?', [orgId, id]);
      await recordAudit(em, actor, {
        orgId,
        action: 'environment.deleted',
        targetType: 'environment',
        targetId: id,
        before: { name: environment.name, slug: environment.slug, workspaceId: environment.workspace_id },
      });
      return environment;
    });
  }

  /** Stores new credentials sealed; the audit trail records only that they changed and their fingerprint. */
  async setCredentials(orgId: string, actor: AuditActor, id: string, credentials: string): Promise<EnvironmentRow> {
    if (credentials.trim().length === 0 || credentials.length > MAX_CREDENTIALS) {
      throw new ValidationFailedError([{ path: 'credentials', message: `must be 1 to ${MAX_CREDENTIALS} characters` }]);
    }
    const key = this.services.secrets.dataEncryptionKey;
    const fingerprint = `sha256:${keyedHash(key, credentials).toString('hex').slice(0, 16)}`;
    return this.em.transactional(async (em) => {
      const before = await this.getEnvironment(orgId, id, em);
      await sql(
        em,
        `update environment set credentials_sealed = ?, credentials_fingerprint = ?, credentials_updated_at = now()
          where org_id = ? and id = ?`,
        [encryptSecret(key, credentials), fingerprint, orgId, id],
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'environment.credentials_set',
        targetType: 'environment',
        targetId: id,
        before: { fingerprint: before.credentials_fingerprint },
        after: { fingerprint },
      });
      return this.getEnvironment(orgId, id, em);
    });
  }

  async clearCredentials(orgId: string, actor: AuditActor, id: string): Promise<EnvironmentRow> {
    return this.em.transactional(async (em) => {
      const before = await this.getEnvironment(orgId, id, em);
      await sql(
        em,
        `update environment set credentials_sealed = null, credentials_fingerprint = null, credentials_updated_at = now()
          where org_id = ? and id = ?`,
        [orgId, id],
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'environment.credentials_cleared',
        targetType: 'environment',
        targetId: id,
        before: { fingerprint: before.credentials_fingerprint },
        after: { fingerprint: null },
      });
      return this.getEnvironment(orgId, id, em);
    });
  }
}
