import type { EntityClass } from '@mikro-orm/core';
import { IdempotencyKey } from '../graphql/idempotency-key.entity.ts';
import { ApiKey } from '../modules/api-keys/api-key.entity.ts';
import { AuditEvent } from '../modules/audit/audit-event.entity.ts';
import { Invitation } from '../modules/invitations/invitation.entity.ts';
import { OutboxEmail } from '../modules/mail/outbox-email.entity.ts';
import { MemberCredit } from '../modules/members/member-credit.entity.ts';
import { BannerDismissal } from '../modules/organizations/banner-dismissal.entity.ts';
import { Membership } from '../modules/organizations/membership.entity.ts';
import { Organization } from '../modules/organizations/organization.entity.ts';
import { RefreshToken } from '../modules/sessions/refresh-token.entity.ts';
import { Session } from '../modules/sessions/session.entity.ts';
import { RecoveryCode } from '../modules/users/recovery-code.entity.ts';
import { UserToken } from '../modules/users/user-token.entity.ts';
import { User } from '../modules/users/user.entity.ts';
import { Environment } from '../modules/workspaces/environment.entity.ts';
import { WorkspaceMember } from '../modules/workspaces/workspace-member.entity.ts';
import { Workspace } from '../modules/workspaces/workspace.entity.ts';
import { RateLimit } from '../security/rate-limit.entity.ts';
import { SignInDeviceAttempt } from '../security/sign-in-device-attempt.entity.ts';

/**
 * Every entity class, one per table (a test proves they match the migrated schema), listed
 * statically so all run paths (node, tsx, vitest) discover the same set.
 */
export const ENTITIES: EntityClass<object>[] = [
  Organization,
  User,
  Membership,
  Session,
  RefreshToken,
  UserToken,
  RecoveryCode,
  OutboxEmail,
  RateLimit,
  Invitation,
  MemberCredit,
  AuditEvent,
  BannerDismissal,
  Workspace,
  Environment,
  ApiKey,
  WorkspaceMember,
  IdempotencyKey,
  SignInDeviceAttempt,
];
