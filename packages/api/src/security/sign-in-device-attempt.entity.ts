import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Sign-in attempts from a recognized device, per (account, device): attempts claimed so far and
 * the earliest time the next may be; forgotten a day after the last attempt.
 */
@Entity({ tableName: 'sign_in_device_attempt' })
export class SignInDeviceAttempt {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ type: 'timestamptz' })
  notBefore!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
