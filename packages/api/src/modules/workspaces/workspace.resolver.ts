import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.ts';
import { auditActorOf, type Context } from '../../graphql/context.ts';
import { requireId } from '../../graphql/errors.ts';
import { EnvironmentCredentialService } from './environment-credential.service.ts';
import { EnvironmentService, type EnvironmentRow } from './environment.service.ts';
import { WorkspaceAccessService } from './workspace-access.service.ts';
import { WorkspaceService, type WorkspaceReader, type WorkspaceRow } from './workspace.service.ts';
import {
  CreateEnvironmentInput,
  CreateWorkspaceInput,
  DeleteWorkspaceInput,
  EnvironmentConnection,
  EnvironmentInput,
  EnvironmentNode,
  EnvironmentPayload,
  SetEnvironmentCredentialsInput,
  SetWorkspaceRestrictedInput,
  UpdateEnvironmentInput,
  UpdateWorkspaceInput,
  WorkspaceConnection,
  WorkspaceMemberInput,
  WorkspaceNode,
  WorkspacePayload,
} from './workspace.types.ts';

function toWorkspace(row: WorkspaceRow): WorkspaceNode {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    restricted: row.restricted,
    environmentCount: row.environment_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toEnvironment(row: EnvironmentRow): EnvironmentNode {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    slug: row.slug,
    tier: row.tier,
    deploymentHost: row.deployment_host,
    executionSettings: row.execution_settings,
    credentials: {
      configured: row.credentials_fingerprint !== null,
      updatedAt: row.credentials_updated_at,
      fingerprint: row.credentials_fingerprint,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const readerOf = (context: Context): WorkspaceReader => ({
  spansAll: context.tenant!.abilities.has('workspaces.manageAccess'),
  membershipId: context.tenant!.membershipId,
});
const workspaces = (context: Context) => new WorkspaceService(context.em, readerOf(context));
const access = (context: Context) => new WorkspaceAccessService(context.em, readerOf(context));
const environments = (context: Context) => new EnvironmentService(context.em, readerOf(context));
const credentials = (context: Context) =>
  new EnvironmentCredentialService(context.em, context.services, readerOf(context));
const org = (context: Context) => context.tenant!.orgId;

@Resolver()
export class WorkspaceResolver {
  @Query(() => WorkspaceConnection, { description: 'The current organization’s workspaces, oldest first.' })
  async workspaces(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<WorkspaceConnection> {
    const result = await workspaces(context).listWorkspaces(org(context), page);
    return { ...result, edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: toWorkspace(edge.node) })) };
  }

  @Query(() => WorkspaceNode, { description: 'One workspace of the current organization.' })
  async workspace(
    @Arg('id', () => ID, { description: 'The workspace id.' }) id: string,
    @Ctx() context: Context,
  ): Promise<WorkspaceNode> {
    return toWorkspace(await workspaces(context).getWorkspace(org(context), requireId(id, 'id')));
  }

  @Query(() => EnvironmentConnection, { description: 'The environments of a workspace, oldest first.' })
  async environments(
    @Arg('workspaceId', () => ID, { description: 'The workspace.' }) workspaceId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<EnvironmentConnection> {
    const result = await environments(context).listEnvironments(
      org(context),
      requireId(workspaceId, 'workspaceId'),
      page,
    );
    return { ...result, edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: toEnvironment(edge.node) })) };
  }

  @Query(() => EnvironmentNode, { description: 'One environment of the current organization.' })
  async environment(
    @Arg('id', () => ID, { description: 'The environment id.' }) id: string,
    @Ctx() context: Context,
  ): Promise<EnvironmentNode> {
    return toEnvironment(await environments(context).getEnvironment(org(context), requireId(id, 'id')));
  }

  @Mutation(() => WorkspacePayload, { nullable: true, description: 'Creates a workspace.' })
  async createWorkspace(
    @Arg('input', () => CreateWorkspaceInput) input: CreateWorkspaceInput,
    @Ctx() context: Context,
  ): Promise<WorkspacePayload> {
    return {
      workspace: toWorkspace(await workspaces(context).createWorkspace(org(context), auditActorOf(context), input)),
    };
  }

  @Mutation(() => WorkspacePayload, { nullable: true, description: 'Changes a workspace’s name, slug or description.' })
  async updateWorkspace(
    @Arg('input', () => UpdateWorkspaceInput) input: UpdateWorkspaceInput,
    @Ctx() context: Context,
  ): Promise<WorkspacePayload> {
    return {
      workspace: toWorkspace(
        await workspaces(context).updateWorkspace(org(context), auditActorOf(context), input.workspaceId, input),
      ),
    };
  }

  @Mutation(() => WorkspacePayload, {
    nullable: true,
    description: 'Deletes a workspace and all its environments; `confirmSlug` must be the workspace’s slug.',
  })
  async deleteWorkspace(
    @Arg('input', () => DeleteWorkspaceInput) input: DeleteWorkspaceInput,
    @Ctx() context: Context,
  ): Promise<WorkspacePayload> {
    const row = await workspaces(context).deleteWorkspace(
      org(context),
      auditActorOf(context),
      input.workspaceId,
      input.confirmSlug,
    );
    return { workspace: toWorkspace(row) };
  }

  @Mutation(() => WorkspacePayload, {
    nullable: true,
    description: 'Makes a workspace restricted (only assigned members, owners and admins see it) or open to all.',
  })
  async setWorkspaceRestricted(
    @Arg('input', () => SetWorkspaceRestrictedInput) input: SetWorkspaceRestrictedInput,
    @Ctx() context: Context,
  ): Promise<WorkspacePayload> {
    const row = await access(context).setRestricted(
      org(context),
      auditActorOf(context),
      input.workspaceId,
      input.restricted,
    );
    return { workspace: toWorkspace(row) };
  }

  @Mutation(() => WorkspacePayload, {
    nullable: true,
    description: 'Assigns an active member (not an owner or admin) to a workspace; list them with `members(filter)`.',
  })
  async addWorkspaceMember(
    @Arg('input', () => WorkspaceMemberInput) input: WorkspaceMemberInput,
    @Ctx() context: Context,
  ): Promise<WorkspacePayload> {
    const row = await access(context).addMember(
      org(context),
      auditActorOf(context),
      input.workspaceId,
      input.membershipId,
    );
    return { workspace: toWorkspace(row) };
  }

  @Mutation(() => WorkspacePayload, { nullable: true, description: 'Takes a member off a workspace.' })
  async removeWorkspaceMember(
    @Arg('input', () => WorkspaceMemberInput) input: WorkspaceMemberInput,
    @Ctx() context: Context,
  ): Promise<WorkspacePayload> {
    const row = await access(context).removeMember(
      org(context),
      auditActorOf(context),
      input.workspaceId,
      input.membershipId,
    );
    return { workspace: toWorkspace(row) };
  }

  @Mutation(() => EnvironmentPayload, { nullable: true, description: 'Creates an environment in a workspace.' })
  async createEnvironment(
    @Arg('input', () => CreateEnvironmentInput) input: CreateEnvironmentInput,
    @Ctx() context: Context,
  ): Promise<EnvironmentPayload> {
    return {
      environment: toEnvironment(
        await environments(context).createEnvironment(org(context), auditActorOf(context), input),
      ),
    };
  }

  @Mutation(() => EnvironmentPayload, {
    nullable: true,
    description: 'Changes an environment’s name, tier, host or settings.',
  })
  async updateEnvironment(
    @Arg('input', () => UpdateEnvironmentInput) input: UpdateEnvironmentInput,
    @Ctx() context: Context,
  ): Promise<EnvironmentPayload> {
    return {
      environment: toEnvironment(
        await environments(context).updateEnvironment(org(context), auditActorOf(context), input.environmentId, input),
      ),
    };
  }

  @Mutation(() => EnvironmentPayload, { nullable: true, description: 'Deletes an environment and its credentials.' })
  async deleteEnvironment(
    @Arg('input', () => EnvironmentInput) input: EnvironmentInput,
    @Ctx() context: Context,
  ): Promise<EnvironmentPayload> {
    return {
      environment: toEnvironment(
        await environments(context).deleteEnvironment(org(context), auditActorOf(context), input.environmentId),
      ),
    };
  }

  @Mutation(() => EnvironmentPayload, {
    nullable: true,
    description: 'Stores cloud credentials, encrypted; they are never returned, only their status and fingerprint.',
  })
  async setEnvironmentCredentials(
    @Arg('input', () => SetEnvironmentCredentialsInput) input: SetEnvironmentCredentialsInput,
    @Ctx() context: Context,
  ): Promise<EnvironmentPayload> {
    const row = await credentials(context).setCredentials(
      org(context),
      auditActorOf(context),
      input.environmentId,
      input.credentials,
    );
    return { environment: toEnvironment(row) };
  }

  @Mutation(() => EnvironmentPayload, { nullable: true, description: 'Removes an environment’s cloud credentials.' })
  async clearEnvironmentCredentials(
    @Arg('input', () => EnvironmentInput) input: EnvironmentInput,
    @Ctx() context: Context,
  ): Promise<EnvironmentPayload> {
    return {
      environment: toEnvironment(
        await credentials(context).clearCredentials(org(context), auditActorOf(context), input.environmentId),
      ),
    };
  }
}
