import { Check, Entity, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { NAME_MAX_LENGTH, WORKSPACE_DESCRIPTION_MAX_LENGTH } from '@orgplane/schema';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';

/** A partition of an organization; a restricted one is seen only by its assigned members. */
@Entity({ tableName: 'workspace' })
@Unique({ name: 'workspace_org_id_slug_key', properties: ['organization', 'slug'] })
@Check({
  name: 'workspace_name_check',
  expression: `char_length(name) >= 1 and char_length(name) <= ${NAME_MAX_LENGTH}`,
})
@Check({ name: 'workspace_slug_check', expression: "slug ~ '^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$'" })
@Check({
  name: 'workspace_description_check',
  expression: `char_length(description) <= ${WORKSPACE_DESCRIPTION_MAX_LENGTH}`,
})
export class Workspace extends TenantOwned {
  [OptionalProps]?: 'description' | 'createdAt' | 'updatedAt' | 'restricted';

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  slug!: string;

  @Property({ type: 'text', default: '' })
  description = '';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'boolean', default: false })
  restricted = false;
}
