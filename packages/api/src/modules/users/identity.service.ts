import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enterTenant, enterUser } from '../../database/tenant.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { requireName } from '../../graphql/names.ts';
import { NAME_MAX_LENGTH } from '@orgplane/schema';
import { confirmPassword } from './password-confirmation.ts';
import {
  hashPassword,
  needsRehash,
  passwordProblems,
  requireHashingRoom,
  verifyAgainstDummy,
  verifyPassword,
} from '../../security/passwords.ts';
import type { AppServices, RequestMeta } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { Outbox } from '../mail/mail.service.ts';
import { emailVerificationEmail, signUpAttemptEmail } from '../mail/mail.templates.ts';
import { Membership } from '../organizations/membership.entity.ts';
import { createOrganization, withSlugRetry } from '../organizations/organization.service.ts';
import { SessionService, type SessionTokens } from '../sessions/session.service.ts';
import { requireEmail } from './email.ts';
import { MfaService } from './mfa.service.ts';
import { PASSWORD_RESET_JOB } from './password-reset.jobs.ts';
import { consumeUserToken, issueUserToken, peekUserToken } from './user-tokens.ts';
import { User } from './user.entity.ts';

/**
 * Sign-in either completes or asks for the second factor. Either way the password was right, and
 * `deviceCookie` is the value to leave in the browser's device cookie for this account.
 */
export type SignInResult = (
  | { readonly kind: 'session'; readonly tokens: SessionTokens }
  | { readonly kind: 'mfa'; readonly challengeToken: string; readonly expiresAt: Date }
) & { readonly deviceCookie: string };

function requireDisplayName(input: string): string {
  return requireName(input, 'displayName');
}

/** "<name>'s organization", the name shortened so that the whole fits in 100 characters. */
function defaultOrganizationName(displayName: string): string {
  const suffix = "'s organization";
  const room = NAME_MAX_LENGTH - suffix.length;
  return `${[...displayName].slice(0, room).join('').trimEnd()}${suffix}`;
}

function requireGoodPassword(password: string, email: string, path = 'password'): void {
  const problems = passwordProblems(password, email, path);
  if (problems.length) throw new ValidationFailedError(problems);
}

/** Accounts: sign-up, sign-in with the MFA step, email verification, passwords and profile. */
export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
  ) {}

  /**
   * Registers an address. A new one gets the user, a default organization it owns and the
   * verification email, in one transaction. An address that already has an account changes
   * nothing: its owner gets an email saying someone tried. Both spend the same work (the password
   * is hashed before the address is looked up) and give the same answer, so sign-up tells nobody
   * which addresses have accounts. No session: the person signs in next, with the same password.
   */
  async signUp(
    input: { email: string; displayName: string; password: string },
    meta: RequestMeta,
  ): Promise<{ email: string }> {
    const email = requireEmail(input.email);
    const displayName = requireDisplayName(input.displayName);
    requireGoodPassword(input.password, email);
    await this.services.rateLimits.consume('signUpPerIp', meta.ip);
    await this.services.rateLimits.consume('signUpPerAddress', email);
    const passwordHash = await hashPassword(input.password);

    const outbox = new Outbox(this.services.secrets.dataEncryptionKey);
    const taken = new Error('address taken');
    try {
      await withSlugRetry(() =>
        this.em.transactional(async (em) => {
          if (await em.count(User, { email })) throw taken;
          const user = em.create(User, { email, displayName, passwordHash });
          try {
            await em.flush();
          } catch (error) {
            // A concurrent sign-up of the same address committed first.
            if (error instanceof UniqueConstraintViolationException) throw taken;
            throw error;
          }
          const organization = await createOrganization(
            em,
            defaultOrganizationName(displayName),
            user,
            this.services.config.trial,
          );
          user.defaultOrgId = organization.id;
          await this.queueVerificationEmail(em, outbox, user);
        }),
      );
    } catch (error) {
      if (error !== taken) throw error;
      await this.em.transactional(async (em) => {
        const owner = await em.findOne(User, { email });
        if (!owner) return;
        const url = this.services.config.publicUrl;
        outbox.queue(
          em,
          owner.email,
          signUpAttemptEmail(owner.displayName, `${url}/sign-in`, `${url}/forgot-password`),
        );
      });
    }
    await outbox.dispatch(this.services.queue, this.em);
    return { email };
  }

  /**
   * Checks the password; answers with a session, or with an MFA challenge when TOTP is on.
   *
   * The attempt is counted before the password is checked, so concurrent guesses cannot outrun
   * the limit: from a device holding this account's device cookie (`deviceCookie`, left by an
   * earlier sign-in) on that device's own count, which slows down rather than locks; from
   * anywhere else on the account's shared count, which locks for a while once spent. An unknown
   * account is counted and answered exactly like a wrong password.
   */
  async signIn(
    input: { email: string; password: string },
    meta: RequestMeta,
    deviceCookie: string | null = null,
  ): Promise<SignInResult> {
    const email = requireEmail(input.email);
    const { rateLimits } = this.services;
    // A full hashing queue refuses before anything is counted or read: a flood's excess costs no SQL.
    requireHashingRoom();
    await rateLimits.consume('signInAttemptsPerIp', meta.ip);
    const deviceId = rateLimits.recognizeDevice(email, deviceCookie);
    if (deviceId) await rateLimits.claimDeviceAttempt(email, deviceId);
    else await rateLimits.consume('signInFailuresPerAccount', email);

    const user = await this.em.findOne(User, { email }, { populate: ['passwordHash'] });
    const valid = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !valid) throw new DomainError('INVALID_CREDENTIALS');
    if (deviceId) await rateLimits.forgetDeviceAttempts(email, deviceId);
    else await rateLimits.reset('signInFailuresPerAccount', email);
    const device = rateLimits.deviceCookie(email, deviceId ?? undefined);
    if (needsRehash(user.passwordHash)) {
      user.passwordHash = await hashPassword(input.password);
      await this.em.flush();
    }

    if (user.totpEnabledAt) {
      const challenge = await this.em.transactional((em) => issueUserToken(em, user.id, 'mfa_challenge'));
      return { kind: 'mfa', challengeToken: challenge.token, expiresAt: challenge.expiresAt, deviceCookie: device };
    }
    return { kind: 'session', tokens: await this.completeSignIn(user, meta), deviceCookie: device };
  }

  /** Completes a sign-in with a TOTP code or a recovery code. */
  async verifyMfaChallenge(
    input: { challengeToken: string; code?: string | null; recoveryCode?: string | null },
    meta: RequestMeta,
  ): Promise<SessionTokens> {
    const { rateLimits } = this.services;
    await rateLimits.consume('mfaAttemptsPerIp', meta.ip);
    const userId = await peekUserToken(this.em, input.challengeToken, 'mfa_challenge');
    if (!userId) throw new DomainError('INVALID_MFA_CODE');
    // Counted before the code is checked, so concurrent guesses cannot outrun the limit.
    await rateLimits.consume('mfaFailuresPerAccount', userId);

    const outbox = new Outbox(this.services.secrets.dataEncryptionKey);
    const passed = await this.em.transactional(async (em) => {
      const mfa = new MfaService(em, this.services);
      const ok = input.recoveryCode
        ? await mfa.useRecoveryCode(userId, input.recoveryCode)
        : await mfa.acceptTotpCode(userId, input.code ?? '');
      // The challenge is single-use only once it succeeds; wrong codes may be retried (rate-limited).
      const passed = ok && (await consumeUserToken(em, input.challengeToken, 'mfa_challenge')) === userId;
      if (passed && input.recoveryCode) await mfa.queueRecoveryCodeUsedEmail(outbox, userId);
      return passed;
    });
    await outbox.dispatch(this.services.queue, this.em);
    if (!passed) throw new DomainError('INVALID_MFA_CODE');
    await rateLimits.reset('mfaFailuresPerAccount', userId);
    const user = await this.em.findOneOrFail(User, userId);
    return this.completeSignIn(user, meta);
  }

  /**
   * Always answers the same, after the same work: checks the address, counts the limits and
   * queues a job; the job looks the account up and mails a single-use link (1 hour) if it exists.
   */
  async requestPasswordReset(input: { email: string }, meta: RequestMeta): Promise<void> {
    const email = requireEmail(input.email);
    await this.services.rateLimits.consume('passwordResetPerIp', meta.ip);
    await this.services.rateLimits.consume('passwordResetPerAccount', email);
    await this.services.queue.send(PASSWORD_RESET_JOB, { email });
  }

  /** Sets a new password from an emailed link and ends every session of the user. */
  async resetPassword(
    input: { token: string; newPassword: string },
    request: RequestMeta & { requestId: string },
  ): Promise<User> {
    const userId = await peekUserToken(this.em, input.token, 'password_reset');
    if (!userId) throw new DomainError('TOKEN_INVALID');
    const user = await this.em.findOneOrFail(User, userId);
    requireGoodPassword(input.newPassword, user.email, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    return this.em.transactional(async (em) => {
      if ((await consumeUserToken(em, input.token, 'password_reset')) !== userId)
        throw new DomainError('TOKEN_INVALID');
      const fresh = await em.findOneOrFail(User, userId);
      fresh.passwordHash = passwordHash;
      fresh.emailVerifiedAt ??= new Date();
      const revoked = await new SessionService(em, this.services).revokeAll(userId, 'password_reset');
      // Every organization the user belongs to records it: a takeover shows in each trail. The link
      // proved the user, whose own memberships are then readable; each event is written in its org.
      await enterUser(em, userId);
      const memberships = await em.find(Membership, { user: userId, status: 'active' }, { fields: ['id'] });
      for (const membership of memberships) {
        const orgId = membership.organization.id;
        await enterTenant(em, orgId);
        await recordAudit(
          em,
          { ...request, userId },
          {
            orgId,
            action: 'user.password_reset',
            targetType: 'membership',
            targetId: membership.id,
            after: { revokedSessions: revoked },
          },
        );
      }
      return fresh;
    });
  }

  /** Confirms the email address from the emailed link. */
  async verifyEmail(input: { token: string }): Promise<User> {
    return this.em.transactional(async (em) => {
      const userId = await consumeUserToken(em, input.token, 'email_verification');
      if (!userId) throw new DomainError('TOKEN_INVALID');
      const user = await em.findOneOrFail(User, userId);
      user.emailVerifiedAt ??= new Date();
      return user;
    });
  }

  /** Mails a new verification link (earlier links stop working). */
  async resendEmailVerification(userId: string): Promise<User> {
    await this.services.rateLimits.consume('emailVerificationPerAccount', userId);
    const outbox = new Outbox(this.services.secrets.dataEncryptionKey);
    const user = await this.em.transactional(async (em) => {
      const user = await em.findOneOrFail(User, userId);
      if (!user.emailVerifiedAt) await this.queueVerificationEmail(em, outbox, user);
      return user;
    });
    await outbox.dispatch(this.services.queue, this.em);
    return user;
  }

  /** Changes the password after checking the current one, to a different one; other sessions end. */
  async changePassword(
    userId: string,
    sessionId: string,
    input: { currentPassword: string; newPassword: string },
  ): Promise<User> {
    const user = await confirmPassword(
      this.em,
      this.services.rateLimits,
      userId,
      input.currentPassword,
      'currentPassword',
    );
    requireGoodPassword(input.newPassword, user.email, 'newPassword');
    if (input.newPassword === input.currentPassword) {
      throw new ValidationFailedError([{ path: 'newPassword', message: 'must differ from the current password' }]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    return this.em.transactional(async (em) => {
      const fresh = await em.findOneOrFail(User, userId);
      fresh.passwordHash = passwordHash;
      await new SessionService(em, this.services).revokeAll(userId, 'password_changed', sessionId);
      return fresh;
    });
  }

  async updateProfile(userId: string, input: { displayName: string }): Promise<User> {
    const user = await this.em.findOneOrFail(User, userId);
    user.displayName = requireDisplayName(input.displayName);
    await this.em.flush();
    return user;
  }

  /** Makes one of the user's active memberships their default organization. */
  async setDefaultOrganization(userId: string, organizationId: string): Promise<User> {
    const membership = await this.em.findOne(Membership, {
      organization: organizationId,
      user: userId,
      status: 'active',
    });
    if (!membership) throw new DomainError('TENANT_NOT_FOUND');
    const user = await this.em.findOneOrFail(User, userId);
    user.defaultOrgId = organizationId;
    await this.em.flush();
    return user;
  }

  private async completeSignIn(user: User, meta: RequestMeta): Promise<SessionTokens> {
    return this.em.transactional(async (em) => {
      const tokens = await new SessionService(em, this.services).start(user.id, meta);
      const fresh = await em.findOneOrFail(User, user.id);
      fresh.lastSignInAt = new Date();
      return tokens;
    });
  }

  private async queueVerificationEmail(em: EntityManager, outbox: Outbox, user: User): Promise<void> {
    const { token } = await issueUserToken(em, user.id, 'email_verification');
    const url = `${this.services.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    outbox.queue(em, user.email, emailVerificationEmail(user.displayName, url));
  }
}
