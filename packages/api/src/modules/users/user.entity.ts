import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'app_user' })
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
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true, fieldName: 'default_org_id' })
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
