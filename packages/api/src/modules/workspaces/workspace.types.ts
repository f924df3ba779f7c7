import { IsUUID, MaxLength } from 'class-validator';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.ts';
import { ENVIRONMENT_TIERS, type EnvironmentTier as Tier } from './environment.entity.ts';
import { HOSTS, type DeploymentHost } from './environment.service.ts';
import { WORKSPACE_DESCRIPTION_MAX_LENGTH } from '@orgplane/schema';

const upperEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as { readonly [V in T as Uppercase<V>]: V };

const TierEnum = upperEnum(ENVIRONMENT_TIERS);
const DeploymentHostEnum = upperEnum(HOSTS);
registerEnumType(TierEnum, { name: 'EnvironmentTier', description: 'Development, staging or production.' });
registerEnumType(DeploymentHostEnum, { name: 'DeploymentHost', description: 'Where an environment runs.' });

@ObjectType('Workspace', {
  description: 'A partition of the organization that holds environments.',
  simpleResolvers: true,
})
export class WorkspaceNode {
  @Field(() => ID, { description: 'The workspace id.' })
  id: string;

  @Field(() => String, { description: 'The name.' })
  name: string;

  @Field(() => String, { description: 'The slug, unique in the organization.' })
  slug: string;

  @Field(() => String, { description: 'What the workspace is for.' })
  description: string;

  @Field(() => Boolean, {
    description: 'Whether only its assigned members (besides owners and admins) see it; otherwise every member does.',
  })
  restricted: boolean;

  @Field(() => Int, { description: 'How many environments it holds.' })
  environmentCount: number;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of workspaces.', simpleResolvers: true })
export class WorkspaceConnection extends Connection(WorkspaceNode, 'Workspace') {}

@ObjectType({
  description: 'Whether cloud credentials are stored; never the credentials themselves.',
  simpleResolvers: true,
})
export class CredentialStatus {
  @Field(() => Boolean, { description: 'Whether credentials are configured.' })
  configured: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When they were last set or cleared.' })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'A fingerprint to recognize them by, such as sha256:1f2e….' })
  fingerprint: string | null;
}

@ObjectType('Environment', { description: 'A deployment target inside a workspace.', simpleResolvers: true })
export class EnvironmentNode {
  @Field(() => ID, { description: 'The environment id.' })
  id: string;

  @Field(() => ID, { description: 'The workspace it belongs to.' })
  workspaceId: string;

  @Field(() => String, { description: 'The name.' })
  name: string;

  @Field(() => String, { description: 'The slug, unique in the workspace.' })
  slug: string;

  @Field(() => TierEnum, { description: 'Development, staging or production.' })
  tier: Tier;

  @Field(() => DeploymentHostEnum, { description: 'Where it runs.' })
  deploymentHost: DeploymentHost;

  @Field(() => JSONObjectResolver, {
    description: 'Execution backend settings for the host (port; region and service; region and cluster).',
  })
  executionSettings: Record<string, unknown>;

  @Field(() => CredentialStatus, {
    description: 'Whether cloud credentials are configured (write-only: never returned).',
  })
  credentials: CredentialStatus;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of environments.', simpleResolvers: true })
export class EnvironmentConnection extends Connection(EnvironmentNode, 'Environment') {}

@InputType({ description: 'Execution backend settings; which apply depends on the host.' })
export class ExecutionSettingsInput {
  @Field(() => Int, { nullable: true, description: 'localhost: the port.' })
  port?: number | null;

  @Field(() => String, { nullable: true, description: 'cloudrun and aws: the region.' })
  @MaxLength(40)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'cloudrun: the service name.' })
  @MaxLength(63)
  service?: string | null;

  @Field(() => String, { nullable: true, description: 'aws: the cluster name.' })
  @MaxLength(63)
  cluster?: string | null;
}

@InputType({ description: 'A new workspace.' })
export class CreateWorkspaceInput {
  @Field(() => String, {
    description:
      'The name: 1 to 100 characters, no web or email address; control, bidi and zero-width characters are removed.',
  })
  @MaxLength(200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The slug (3 to 48 lowercase letters, digits or dashes, never shaped like an id); made from the name when left out.',
  })
  @MaxLength(100)
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `What it is for, up to ${WORKSPACE_DESCRIPTION_MAX_LENGTH} characters.`,
  })
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Changes to a workspace; fields left out stay.' })
export class UpdateWorkspaceInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new slug.' })
  @MaxLength(100)
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Whether a workspace is restricted.' })
export class SetWorkspaceRestrictedInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => Boolean, { description: 'True: only assigned members, owners and admins see it. False: every member.' })
  restricted: boolean;
}

@InputType({ description: 'A member to assign to a workspace or take off it.' })
export class WorkspaceMemberInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The membership (the id of a `Member`).' })
  @IsUUID()
  membershipId: string;
}

@InputType({ description: 'A workspace to delete with its environments.' })
export class DeleteWorkspaceInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => String, { description: 'The workspace’s slug, typed to confirm.' })
  @MaxLength(100)
  confirmSlug: string;
}

@InputType({ description: 'A new environment.' })
export class CreateEnvironmentInput {
  @Field(() => ID, { description: 'The workspace it belongs to.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => String, {
    description:
      'The name: 1 to 100 characters, no web or email address; control, bidi and zero-width characters are removed.',
  })
  @MaxLength(200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The slug (3 to 48 lowercase letters, digits or dashes, never shaped like an id); made from the name when left out.',
  })
  @MaxLength(100)
  slug?: string | null;

  @Field(() => TierEnum, { description: 'Development, staging or production.' })
  tier: Tier;

  @Field(() => DeploymentHostEnum, { description: 'Where it runs.' })
  deploymentHost: DeploymentHost;

  @Field(() => ExecutionSettingsInput, { nullable: true, description: 'Settings for the host.' })
  executionSettings?: ExecutionSettingsInput | null;
}

@InputType({ description: 'Changes to an environment; fields left out stay.' })
export class UpdateEnvironmentInput {
  @Field(() => ID, { description: 'The environment.' })
  @IsUUID()
  environmentId: string;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  @MaxLength(200)
  name?: string | null;

  @Field(() => TierEnum, { nullable: true, description: 'A new tier.' })
  tier?: Tier | null;

  @Field(() => DeploymentHostEnum, { nullable: true, description: 'A new host (give its settings too).' })
  deploymentHost?: DeploymentHost | null;

  @Field(() => ExecutionSettingsInput, { nullable: true, description: 'New settings for the host.' })
  executionSettings?: ExecutionSettingsInput | null;
}

@InputType({ description: 'An environment to act on.' })
export class EnvironmentInput {
  @Field(() => ID, { description: 'The environment.' })
  @IsUUID()
  environmentId: string;
}

@InputType({ description: 'Cloud credentials to store, write-only.' })
export class SetEnvironmentCredentialsInput extends EnvironmentInput {
  @Field(() => String, { description: 'The credentials (for example a service-account JSON), up to 16 KiB.' })
  @MaxLength(20_000)
  credentials: string;
}

@ObjectType({ description: 'A workspace after a change.', simpleResolvers: true })
export class WorkspacePayload {
  @Field(() => WorkspaceNode, { description: 'The workspace (as it was, for a deletion).' })
  workspace: WorkspaceNode;
}

@ObjectType({ description: 'An environment after a change.', simpleResolvers: true })
export class EnvironmentPayload {
  @Field(() => EnvironmentNode, { description: 'The environment (as it was, for a deletion).' })
  environment: EnvironmentNode;
}
