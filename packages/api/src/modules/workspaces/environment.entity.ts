import { randomUUID } from 'node:crypto';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { DEPLOYMENT_HOSTS, type DeploymentHostId, NAME_MAX_LENGTH } from '@orgplane/schema';
import { Workspace } from './workspace.entity.ts';

export const ENVIRONMENT_TIERS = ['dev', 'stage', 'prod'] as const;
export type EnvironmentTier = (typeof ENVIRONMENT_TIERS)[number];

/**
 * An environment of a workspace. Its `org_id` is both part of its key and of the reference to
 * its workspace (`(org_id, workspace_id)`), so it can never point into another organization.
 */
@Entity({ tableName: 'environment' })
@Unique({ name: 'environment_org_id_workspace_id_slug_key', properties: ['orgId', 'workspace', 'slug'] })
@Index({ name: 'environment_by_workspace', properties: ['workspace', 'createdAt', 'id'] })
@Check({
  name: 'environment_name_check',
  expression: `char_length(name) >= 1 and char_length(name) <= ${NAME_MAX_LENGTH}`,
})
@Check({ name: 'environment_slug_check', expression: "slug ~ '^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$'" })
export class Environment {
  [OptionalProps]?:
    | 'executionSettings'
    | 'credentialsSealed'
    | 'credentialsFingerprint'
    | 'credentialsUpdatedAt'
    | 'createdAt'
    | 'updatedAt';

  [PrimaryKeyProp]?: ['orgId', 'id'];

  @PrimaryKey({ type: 'uuid', fieldName: 'org_id' })
  orgId!: string;

  @ManyToOne(() => Workspace, {
    joinColumns: ['org_id', 'workspace_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  workspace!: Rel<Workspace>;

  /** Made here, not by the database's default: MikroORM fills a composite key's parts into references only when it knows them. */
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  slug!: string;

  @Enum({ items: () => ENVIRONMENT_TIERS, type: 'text' })
  tier!: EnvironmentTier;

  @Enum({ items: () => DEPLOYMENT_HOSTS, type: 'text' })
  deploymentHost!: DeploymentHostId;

  @Property({ type: 'json', default: '{}' })
  executionSettings: Record<string, unknown> = {};

  /** The deployment credentials, encrypted under the data key. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  credentialsSealed: string | null = null;

  @Property({ type: 'text', nullable: true })
  credentialsFingerprint: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  credentialsUpdatedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
