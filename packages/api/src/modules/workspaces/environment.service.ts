import type { EntityManager } from '@mikro-orm/postgresql';
import { DEPLOYMENT_HOSTS, EXECUTION_SETTINGS, type FieldError } from '@orgplane/schema';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { requireName } from '../../graphql/names.ts';
import { requireEntitlement } from '../billing/subscription.service.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { Environment } from './environment.entity.ts';
import { Workspace } from './workspace.entity.ts';
import type { EnvironmentTier as Tier } from './environment.entity.ts';
import {
  requireSlug,
  uniqueViolation,
  visibleTo,
  WorkspaceService,
  type WorkspaceReader,
} from './workspace.service.ts';

export const HOSTS = DEPLOYMENT_HOSTS;
export type DeploymentHost = (typeof HOSTS)[number];

/** Execution backend settings as given; which ones apply depends on the host. */
export interface ExecutionSettings {
  port?: number | null;
  region?: string | null;
  service?: string | null;
  cluster?: string | null;
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

// The sealed credentials never leave this module: only their fingerprint and time are selected.
const ENVIRONMENT_SELECT = `select e.id, e.id as key, e.workspace_id, e.name, e.slug, e.tier, e.deployment_host,
       e.execution_settings, e.credentials_fingerprint, e.credentials_updated_at, e.created_at, e.updated_at,
       e.created_at::text as created_key
  from environment e
  join workspace w on w.org_id = e.org_id and w.id = e.workspace_id`;

/** The settings that apply to `host`, validated by the shared rules; other keys are refused. */
function executionSettingsFor(
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

/**
 * The environments of workspaces, as one reader sees them: the environments of a workspace the
 * reader may not see are not found by any method.
 */
export class EnvironmentService {
  private readonly workspaces: WorkspaceService;

  constructor(
    private readonly em: EntityManager,
    private readonly reader: WorkspaceReader,
  ) {
    this.workspaces = new WorkspaceService(em, reader);
  }

  async listEnvironments(orgId: string, workspaceId: string, page: { first: number; after?: string | null }) {
    await this.workspaces.getWorkspace(orgId, workspaceId);
    return pageByCreation<EnvironmentRow, EnvironmentRow>(
      this.em,
      {
        select: ENVIRONMENT_SELECT,
        where: 'e.org_id = ? and e.workspace_id = ?',
        params: [orgId, workspaceId],
        alias: 'e',
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
      await requireEntitlement(em, orgId, { requireUsable: true });
      await this.workspaces.getWorkspace(orgId, input.workspaceId, em);
      const { id } = em.create(Environment, {
        orgId,
        workspace: em.getReference(Workspace, [orgId, input.workspaceId]),
        name,
        slug,
        tier: input.tier,
        deploymentHost: input.deploymentHost,
        executionSettings: settings,
      });
      try {
        await em.flush();
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
      await em.nativeUpdate(
        Environment,
        { orgId, id },
        { name, tier, deploymentHost: host, executionSettings: settings },
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
      await em.nativeDelete(Environment, { orgId, id });
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
}
