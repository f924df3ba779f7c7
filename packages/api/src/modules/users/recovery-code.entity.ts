import {
  BlobType,
  Entity,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { User } from './user.entity.ts';

/** A two-factor recovery code, kept as a hash; each works once. */
@Entity({ tableName: 'recovery_code' })
export class RecoveryCode {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  [PrimaryKeyProp]?: ['user', 'codeHash'];

  @ManyToOne(() => User, {
    primary: true,
    fieldName: 'user_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  user!: Rel<User>;

  @PrimaryKey({ type: BlobType })
  codeHash!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
