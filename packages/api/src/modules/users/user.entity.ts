import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from '@orgplane/schema';
import { Organization } from '../organizations/organization.entity.ts';

@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_email_check',
  expression: `email = lower(email) and char_length(email) <= ${EMAIL_MAX_LENGTH}`,
})
@Check({
  name: 'app_user_display_name_check',
  expression: `char_length(display_name) >= 1 and char_length(display_name) <= ${NAME_MAX_LENGTH}`,
})
// Prefix searches of the member list (`like 'abc%'`) stay index-backed.
@Index({
  name: 'app_user_email_prefix',
  expression: 'create index app_user_email_prefix on app_user (email text_pattern_ops)',
})
@Index({
  name: 'app_user_name_prefix',
  expression: 'create index app_user_name_prefix on app_user (lower(display_name) text_pattern_ops)',
})
export class User {
  [OptionalProps]?:
    | 'emailVerifiedAt'
    | 'lastSignInAt'
    | 'defaultOrgId'
    | 'totpSecret'
    | 'totpEnabledAt'
    | 'totpLastStep'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  /** Normalized: trimmed, NFC, lowercase. */
  @Property({ type: 'text', unique: 'app_user_email_key' })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;

  /** The organization opened after sign-in; its id (the relation is mapped to its key). */
  @ManyToOne(() => Organization, {
    mapToPk: true,
    nullable: true,
    fieldName: 'default_org_id',
    deleteRule: 'set null',
    updateRule: 'no action',
  })
  defaultOrgId: string | null = null;

  /** The TOTP secret, encrypted (AES-256-GCM); set from enrolment start, active once confirmed. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  totpSecret: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null = null;

  /** The last TOTP time step accepted, so a code cannot be replayed. */
  @Property({ type: 'bigint', nullable: true, hidden: true })
  totpLastStep: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
