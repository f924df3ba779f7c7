import { randomUUID } from 'node:crypto';
import { ManyToOne, PrimaryKey, PrimaryKeyProp, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity.ts';

/**
 * The key every tenant-owned table shares: `(org_id, id)`, with `org_id` referencing its
 * organization (deleted with it). Entities extend this and keep their own optional properties.
 */
export abstract class TenantOwned {
  [PrimaryKeyProp]?: ['organization', 'id'];

  @ManyToOne(() => Organization, { primary: true, fieldName: 'org_id', deleteRule: 'cascade', updateRule: 'no action' })
  organization!: Rel<Organization>;

  /** Made here, not by the database's default: MikroORM fills a composite key's parts into references only when it knows them. */
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();
}
