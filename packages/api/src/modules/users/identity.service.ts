import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../graphql/errors.ts';
import { confirmPassword } from './password-confirmation.ts';
import {
  hashPassword,
  needsRehash,
  passwordProblems,
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

/** Sign-in either completes or asks for the second factor. */
export type SignInResult =
  | { readonly kind: 'session'; readonly tokens: SessionTokens }
  | { readonly kind: 'mfa'; readonly challengeToken: string; readonly expiresAt: Date };

function requireDisplayName(input: string): string {
  const name = input.trim().normalize('NFC');
  if (name.length < 1 || name.length > 100) {
    throw new ValidationFailedError([{ path: 'displayName', message: 'must be between 1 and 100 characters' }]);
  }
  return name;
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
          const organization = await createOrganization(em, `${displayName}'s organization`, user);
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
    await outbox.dispatch(this.services.queue);
    return { email };
  }

  /** Checks the password; answers with a session, or with an MFA challenge when TOTP is on. */
  async signIn(input: { email: string; password: string }, meta: RequestMeta): Promise<SignInResult> {
    const email = requireEmail(input.email);
    const { rateLimits } = this.services;
    await rateLimits.consume('signInAttemptsPerIp', meta.ip);
    await rateLimits.check('signInFailuresPerAccount', email);

    const user = await this.em.findOne(User, { email }, { populate: ['passwordHash'] });
    const valid = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !valid) {
      await rateLimits.consume('signInFailuresPerAccount', email);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await rateLimits.reset('signInFailuresPerAccount', email);
    if (needsRehash(user.passwordHash)) {
      user.passwordHash = await hashPassword(input.password);
      await this.em.flush();
    }

    if (user.totpEnabledAt) {
      const challenge = await this.em.transactional((em) => issueUserToken(em, user.id, 'mfa_challenge'));
      return { kind: 'mfa', challengeToken: challenge.token, expiresAt: challenge.expiresAt };
    }
    return { kind: 'session', tokens: await this.completeSignIn(user, meta) };
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
    await rateLimits.check('mfaFailuresPerAccount', userId);

    const passed = await this.em.transactional(async (em) => {
      const mfa = new MfaService(em, this.services);
      const ok = input.recoveryCode
        ? await mfa.useRecoveryCode(userId, input.recoveryCode)
        : await mfa.acceptTotpCode(userId, input.code ?? '');
      // The challenge is single-use only once it succeeds; wrong codes may be retried (rate-limited).
      return ok && (await consumeUserToken(em, input.challengeToken, 'mfa_challenge')) === userId;
    });
    if (!passed) {
      await rateLimits.consume('mfaFailuresPerAccount', userId);
      throw new DomainError('INVALID_MFA_CODE');
    }
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
      // Every organization the user belongs to records it: a takeover shows in each trail.
      const memberships = await sql<{ org_id: string; id: string }>(
        em,
        `select org_id, id from membership where user_id = ? and status = 'active'`,
        [userId],
      );
      for (const membership of memberships) {
        await recordAudit(
          em,
          { ...request, userId },
          {
            orgId: membership.org_id,
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
    await outbox.dispatch(this.services.queue);
    return user;
  }

  /** Changes the password after checking the current one; other sessions end. */
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
