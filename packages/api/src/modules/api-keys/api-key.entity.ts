import {
  ArrayType,
  BlobType,
  Check,
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { API_KEY_DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH } from '@orgplane/schema';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';
import { User } from '../users/user.entity.ts';

/** An organization's API key: a recognizable prefix, only a hash of the secret, scopes from the catalog. */
@Entity({ tableName: 'api_key' })
@Check({ name: 'api_key_name_check', expression: `char_length(name) >= 1 and char_length(name) <= ${NAME_MAX_LENGTH}` })
@Check({
  name: 'api_key_description_check',
  expression: `char_length(description) <= ${API_KEY_DESCRIPTION_MAX_LENGTH}`,
})
@Index({ name: 'api_key_by_org', properties: ['organization', 'createdAt', 'id'] })
export class ApiKey extends TenantOwned {
  [OptionalProps]?: 'description' | 'createdBy' | 'createdAt' | 'expiresAt' | 'revokedAt' | 'lastUsedAt';

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', default: '' })
  description = '';

  @Property({ type: 'text', unique: 'api_key_prefix_key' })
  prefix!: string;

  @Property({ type: BlobType, unique: 'api_key_secret_hash_key', hidden: true })
  secretHash!: Buffer;

  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: string[];

  @ManyToOne(() => User, {
    nullable: true,
    fieldName: 'created_by',
    deleteRule: 'set null',
    updateRule: 'no action',
  })
  createdBy: Rel<User> | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;
}
