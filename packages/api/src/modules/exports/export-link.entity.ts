import { BlobType, Entity, Enum, Index, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';
import { Session } from '../sessions/session.entity.ts';
import { User } from '../users/user.entity.ts';
import { EXPORT_FORMATS, type ExportFormat, type ExportKindId } from './export-kinds.ts';

/**
 * A download link for one export: single use, short-lived, its token kept only as a SHA-256 hash,
 * bound to the organization, user and session that asked for it.
 */
@Entity({ tableName: 'export_link' })
@Index({ name: 'export_link_by_user', properties: ['user'] })
@Index({ name: 'export_link_by_session', properties: ['session'] })
@Index({ name: 'export_link_expiry', properties: ['expiresAt'] })
export class ExportLink extends TenantOwned {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @ManyToOne(() => User, { fieldName: 'user_id', deleteRule: 'cascade', updateRule: 'no action' })
  user!: Rel<User>;

  @ManyToOne(() => Session, { fieldName: 'session_id', deleteRule: 'cascade', updateRule: 'no action' })
  session!: Rel<Session>;

  /** A key of `EXPORT_KINDS` (no check constraint: adding a kind needs no migration). */
  @Property({ type: 'text' })
  kind!: ExportKindId;

  @Enum({ items: () => EXPORT_FORMATS, type: 'text' })
  format!: ExportFormat;

  /** The kind's validated parameters (range, filters), as the query reads them. */
  @Property({ type: 'jsonb' })
  params!: Record<string, unknown>;

  @Property({ type: BlobType, unique: 'export_link_token_hash_key', hidden: true })
  tokenHash!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
