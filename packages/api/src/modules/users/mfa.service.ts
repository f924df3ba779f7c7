import type { EntityManager } from '@mikro-orm/postgresql';
import { Secret, TOTP } from 'otpauth';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { confirmPassword } from './password-confirmation.ts';
import { decryptSecret, encryptSecret, keyedHash, randomToken } from '../../security/crypto.ts';
import type { AppServices } from '../../services.ts';
import { Outbox } from '../mail/mail.service.ts';
import { mfaChangedEmail, type MfaChange } from '../mail/mail.templates.ts';
import { SessionService } from '../sessions/session.service.ts';
import { RecoveryCode } from './recovery-code.entity.ts';
import { User } from './user.entity.ts';

const RECOVERY_CODE_COUNT = 10;
const PERIOD_SECONDS = 30;

function totpFor(user: Pick<User, 'email'>, secret: Secret): TOTP {
  return new TOTP({
    issuer: 'Orgplane',
    label: user.email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret,
  });
}

/** A recovery code as people type it: case, spaces and dashes do not matter. */
function canonicalRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** Ten fresh recovery codes, as shown to the person (`abcde-12345`). */
function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomToken(8)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .padEnd(10, '0')
      .slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

/** Who asks for a two-factor change: the user, the session they are in, and their password. */
export interface MfaChangeRequest {
  readonly userId: string;
  readonly sessionId: string;
  readonly password: string;
}

/**
 * TOTP (RFC 6238) second factor: enrolment with an otpauth URI, one-time recovery codes stored
 * as keyed hashes, and code checks that refuse a replayed code. The secret is stored encrypted
 * (AES-256-GCM). Starting enrolment, regenerating recovery codes and turning TOTP off need the
 * current password and a recent sign-in (a stolen access or refresh token is not enough), and
 * every change is mailed to the account's address.
 */
export class MfaService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
  ) {}

  private get key(): Buffer {
    return this.services.secrets.dataEncryptionKey;
  }

  /** Starts (or restarts) enrolment: a new secret, not active until confirmed with a code. */
  async beginEnrollment(request: MfaChangeRequest): Promise<{ secret: string; otpauthUri: string }> {
    const user = await this.confirmChange(request);
    if (user.totpEnabledAt) throw new DomainError('CONFLICT', { message: 'Two-factor authentication is already on.' });
    const secret = new Secret({ size: 20 });
    user.totpSecret = encryptSecret(this.key, secret.base32);
    await this.em.flush();
    return { secret: secret.base32, otpauthUri: totpFor(user, secret).toString() };
  }

  /** Confirms enrolment with a current code; returns recovery codes, shown this once. */
  async confirmEnrollment(userId: string, code: string): Promise<string[]> {
    const outbox = new Outbox(this.key);
    const codes = await this.em.transactional(async (em) => {
      const user = await em.findOneOrFail(User, userId, { populate: ['totpSecret'] });
      if (user.totpEnabledAt)
        throw new DomainError('CONFLICT', { message: 'Two-factor authentication is already on.' });
      if (!user.totpSecret) throw new DomainError('CONFLICT', { message: 'Start enrolment first.' });
      const step = this.matchingStep(user, user.totpSecret, code);
      if (step === null)
        throw new ValidationFailedError([{ path: 'code', message: 'does not match; try the current code' }]);
      user.totpEnabledAt = new Date();
      user.totpLastStep = String(step);
      const codes = await this.replaceRecoveryCodes(em, userId);
      this.queueChangeEmail(em, outbox, user, { kind: 'enabled' });
      return codes;
    });
    await outbox.dispatch(this.services.queue, this.em);
    return codes;
  }

  /**
   * Replaces the recovery codes after checking the password and a current code (or a recovery
   * code); the new codes are shown this once and the old ones stop working.
   */
  async regenerateRecoveryCodes(request: MfaChangeRequest & { code: string }): Promise<string[]> {
    await this.confirmChange(request);
    const outbox = new Outbox(this.key);
    const codes = await this.em.transactional(async (em) => {
      const user = await em.findOneOrFail(User, request.userId);
      if (!user.totpEnabledAt)
        throw new DomainError('CONFLICT', {
          message: 'Two-factor authentication is off; there are no recovery codes.',
        });
      await this.requireSecondFactor(em, request.userId, request.code);
      const codes = await this.replaceRecoveryCodes(em, request.userId);
      this.queueChangeEmail(em, outbox, user, { kind: 'recovery_codes_regenerated' });
      return codes;
    });
    await outbox.dispatch(this.services.queue, this.em);
    return codes;
  }

  /** Turns TOTP off after checking the password and a current code (or a recovery code). */
  async disable(request: MfaChangeRequest & { code: string }): Promise<User> {
    const user = await this.confirmChange(request);
    if (!user.totpEnabledAt) return user;
    const outbox = new Outbox(this.key);
    const updated = await this.em.transactional(async (em) => {
      await this.requireSecondFactor(em, request.userId, request.code);
      const fresh = await em.findOneOrFail(User, request.userId);
      fresh.totpSecret = null;
      fresh.totpEnabledAt = null;
      fresh.totpLastStep = null;
      await em.nativeDelete(RecoveryCode, { user: request.userId });
      this.queueChangeEmail(em, outbox, fresh, { kind: 'disabled' });
      return fresh;
    });
    await outbox.dispatch(this.services.queue, this.em);
    return updated;
  }

  /**
   * Queues the mail telling the account owner that a recovery code was used to sign in, in the
   * unit of work of `this.em` (the sign-in's transaction).
   */
  async queueRecoveryCodeUsedEmail(outbox: Outbox, userId: string): Promise<void> {
    const user = await this.em.findOneOrFail(User, userId);
    const remaining = await this.em.count(RecoveryCode, { user: userId, usedAt: null });
    this.queueChangeEmail(this.em, outbox, user, { kind: 'recovery_code_used', remaining });
  }

  /** Whether `code` is a current TOTP code not used before; records its time step if so. */
  acceptTotpCode(userId: string, code: string): Promise<boolean> {
    return this.acceptTotpCodeIn(this.em, userId, code);
  }

  /** Whether `code` is an unused recovery code of the user; uses it up if so. */
  useRecoveryCode(userId: string, code: string): Promise<boolean> {
    return this.useRecoveryCodeIn(this.em, userId, code);
  }

  private async acceptTotpCodeIn(em: EntityManager, userId: string, code: string): Promise<boolean> {
    const user = await em.findOneOrFail(User, userId, { populate: ['totpSecret'] });
    if (!user.totpEnabledAt || !user.totpSecret) return false;
    const step = this.matchingStep(user, user.totpSecret, code);
    if (step === null) return false;
    // A conditional update: the same code (time step) is accepted at most once, even concurrently.
    const updated = await em.nativeUpdate(
      User,
      { id: userId, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: String(step) } }] },
      { totpLastStep: String(step) },
    );
    return updated === 1;
  }

  private async useRecoveryCodeIn(em: EntityManager, userId: string, code: string): Promise<boolean> {
    // A conditional update: each code is used up at most once, even concurrently.
    const used = await em.nativeUpdate(
      RecoveryCode,
      { user: userId, codeHash: keyedHash(this.key, canonicalRecoveryCode(code)), usedAt: null },
      { usedAt: new Date() },
    );
    return used === 1;
  }

  /**
   * The checks before any two-factor change: a recent sign-in in this session (checked first, so
   * a stale stolen session cannot even try passwords here), then the current password.
   */
  private async confirmChange(request: MfaChangeRequest): Promise<User> {
    await new SessionService(this.em, this.services).requireRecentSignIn(request.sessionId);
    if (!request.password) throw new ValidationFailedError([{ path: 'password', message: 'is required' }]);
    return confirmPassword(this.em, this.services.rateLimits, request.userId, request.password);
  }

  /**
   * Accepts a current TOTP code or an unused recovery code (using it up), or refuses at `code`.
   * The code is a second secret: counted against the account's MFA limit before it is checked
   * (so a burst checks at most the limit's worth), forgiven once it matches.
   */
  private async requireSecondFactor(em: EntityManager, userId: string, code: string): Promise<void> {
    const { rateLimits } = this.services;
    await rateLimits.consume('mfaFailuresPerAccount', userId);
    const ok = (await this.acceptTotpCodeIn(em, userId, code)) || (await this.useRecoveryCodeIn(em, userId, code));
    if (!ok) throw new ValidationFailedError([{ path: 'code', message: 'does not match; try the current code' }]);
    await rateLimits.reset('mfaFailuresPerAccount', userId);
  }

  private async replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await em.nativeDelete(RecoveryCode, { user: userId });
    await em.insertMany(
      RecoveryCode,
      codes.map((recovery) => ({
        user: em.getReference(User, userId),
        codeHash: keyedHash(this.key, canonicalRecoveryCode(recovery)),
      })),
    );
    return codes;
  }

  private queueChangeEmail(em: EntityManager, outbox: Outbox, user: User, change: MfaChange): void {
    outbox.queue(
      em,
      user.email,
      mfaChangedEmail({
        displayName: user.displayName,
        change,
        at: new Date(),
        accountUrl: `${this.services.config.publicUrl}/account`,
      }),
    );
  }

  /** The time step a code belongs to (current ±1), or null. */
  private matchingStep(user: User, sealedSecret: string, code: string): number | null {
    const normalized = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(normalized)) return null;
    const totp = totpFor(user, Secret.fromBase32(decryptSecret(this.key, sealedSecret)));
    const delta = totp.validate({ token: normalized, window: 1 });
    if (delta === null) return null;
    return Math.floor(Date.now() / 1000 / PERIOD_SECONDS) + delta;
  }
}
