import {
  BigIntType,
  BlobType,
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { ASSIGNABLE_ROLE_IDS, type AssignableRoleId, EMAIL_MAX_LENGTH } from '@orgplane/schema';
import { TenantOwned } from '../organizations/tenant-owned.entity.ts';
import { User } from '../users/user.entity.ts';

const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** An invitation to join an organization: one pending per email and org, a single-use hashed token. */
@Entity({ tableName: 'invitation' })
@Check({
  name: 'invitation_email_check',
  expression: `email = lower(email) and char_length(email) <= ${EMAIL_MAX_LENGTH}`,
})
@Check({ name: 'invitation_credit_limit_check', expression: 'credit_limit is null or credit_limit >= -1' })
@Index({
  name: 'invitation_one_pending_per_email',
  expression: `create unique index invitation_one_pending_per_email on invitation (org_id, email) where status = 'pending'`,
})
@Index({
  name: 'invitation_by_org_status',
  expression: 'create index invitation_by_org_status on invitation (org_id, status, created_at desc, id desc)',
})
@Index({
  name: 'invitation_pending_expiry',
  expression: `create index invitation_pending_expiry on invitation (expires_at) where status = 'pending'`,
})
@Index({ name: 'invitation_by_inviter', properties: ['invitedBy'] })
export class Invitation extends TenantOwned {
  [OptionalProps]?: 'creditLimit' | 'status' | 'invitedBy' | 'createdAt' | 'acceptedAt' | 'acceptedBy' | 'revokedAt';

  /** Normalized like a user's email. */
  @Property({ type: 'text' })
  email!: string;

  @Enum({ items: () => ASSIGNABLE_ROLE_IDS, type: 'text' })
  role!: AssignableRoleId;

  /** The credit limit the member starts with; -1 is unlimited, null the organization's default. */
  @Property({ type: new BigIntType('number'), nullable: true })
  creditLimit: number | null = null;

  @Property({ type: BlobType, unique: 'invitation_token_hash_key', hidden: true })
  tokenHash!: Buffer;

  @Enum({ items: () => INVITATION_STATUSES, type: 'text', default: 'pending' })
  status: InvitationStatus = 'pending';

  @ManyToOne(() => User, {
    nullable: true,
    fieldName: 'invited_by',
    deleteRule: 'set null',
    updateRule: 'no action',
  })
  invitedBy: Rel<User> | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @ManyToOne(() => User, {
    nullable: true,
    fieldName: 'accepted_by',
    deleteRule: 'set null',
    updateRule: 'no action',
  })
  acceptedBy: Rel<User> | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
