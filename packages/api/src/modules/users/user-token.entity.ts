import {
  BlobType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { User } from './user.entity.ts';

const USER_TOKEN_PURPOSES = ['email_verification', 'password_reset', 'mfa_challenge'] as const;
export type UserTokenPurpose = (typeof USER_TOKEN_PURPOSES)[number];

/** A single-use token sent to a user (email link, sign-in challenge), kept as a hash. */
@Entity({ tableName: 'user_token' })
@Index({ name: 'user_token_by_user', properties: ['user', 'purpose'] })
export class UserToken {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @PrimaryKey({ type: BlobType })
  tokenHash!: Buffer;

  @ManyToOne(() => User, {
    fieldName: 'user_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  user!: Rel<User>;

  @Enum({ items: () => USER_TOKEN_PURPOSES, type: 'text' })
  purpose!: UserTokenPurpose;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
