import type { EntityManager } from '@mikro-orm/postgresql';
import { Secret, TOTP } from 'otpauth';
import { sql } from '../../database/sql.ts';
import { DomainError, ValidationFailedError } from '../../graphql/errors.ts';
import { confirmPassword } from './password-confirmation.ts';
import { decryptSecret, encryptSecret, keyedHash, randomToken } from '../../security/crypto.ts';
import type { AppServices } from '../../services.ts';
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

/**
 * TOTP (RFC 6238) second factor: enrolment with an otpauth URI, one-time recovery codes stored
 * as keyed hashes, and code checks that refuse a replayed code. The secret is stored encrypted
 * (AES-256-GCM).
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
  async beginEnrollment(userId: string): Promise<{ secret: string; otpauthUri: string }> {
    const user = await this.em.findOneOrFail(User, userId);
    if (user.totpEnabledAt) throw new DomainError('CONFLICT', { message: 'Two-factor authentication is already on.' });
    const secret = new Secret({ size: 20 });
    user.totpSecret = encryptSecret(this.key, secret.base32);
    await this.em.flush();
    return { secret: secret.base32, otpauthUri: totpFor(user, secret).toString() };
  }

  /** Confirms enrolment with a current code; returns recovery codes, shown this once. */
  async confirmEnrollment(userId: string, code: string): Promise<string[]> {
    return this.em.transactional(async (em) => {
      const user = await em.findOneOrFail(User, userId, { populate: ['totpSecret'] });
      if (user.totpEnabledAt)
        throw new DomainError('CONFLICT', { message: 'Two-factor authentication is already on.' });
      if (!user.totpSecret) throw new DomainError('CONFLICT', { message: 'Start enrolment first.' });
      const step = this.matchingStep(user, user.totpSecret, code);
      if (step === null)
        throw new ValidationFailedError([{ path: 'code', message: 'does not match; try the current code' }]);
      user.totpEnabledAt = new Date();
      user.totpLastStep = String(step);
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
        const raw = randomToken(8)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .padEnd(10, '0')
          .slice(0, 10);
        return `${raw.slice(0, 5)}-${raw.slice(5)}`;
      });
      await sql(em, 'delete from recovery_code where user_id = ?', [userId]);
      for (const recovery of codes) {
        await sql(em, 'insert into recovery_code (user_id, code_hash) values (?, ?)', [
          userId,
          keyedHash(this.key, canonicalRecoveryCode(recovery)),
        ]);
      }
      return codes;
    });
  }

  /** Turns TOTP off after checking the password and a current code (or a recovery code). */
  async disable(userId: string, input: { password: string; code: string }): Promise<User> {
    const { rateLimits } = this.services;
    const user = await confirmPassword(this.em, rateLimits, userId, input.password);
    if (!user.totpEnabledAt) return user;
    // The code is a second secret: counted against the account's MFA limit before it is checked.
    await rateLimits.consume('mfaFailuresPerAccount', userId);
    const disabled = await this.em.transactional(async (em) => {
      const ok =
        (await this.acceptTotpCodeIn(em, userId, input.code)) || (await this.useRecoveryCodeIn(em, userId, input.code));
      if (!ok) throw new ValidationFailedError([{ path: 'code', message: 'does not match; try the current code' }]);
      const fresh = await em.findOneOrFail(User, userId);
      fresh.totpSecret = null;
      fresh.totpEnabledAt = null;
      fresh.totpLastStep = null;
      await sql(em, 'delete from recovery_code where user_id = ?', [userId]);
      return fresh;
    });
    await rateLimits.reset('mfaFailuresPerAccount', userId);
    return disabled;
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
    const updated = await sql(
      em,
      'update app_user set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?) returning id',
      [step, userId, step],
    );
    return updated.length === 1;
  }

  private async useRecoveryCodeIn(em: EntityManager, userId: string, code: string): Promise<boolean> {
    const used = await sql(
      em,
      'update recovery_code set used_at = now() where user_id = ? and code_hash = ? and used_at is null returning user_id',
      [userId, keyedHash(this.key, canonicalRecoveryCode(code))],
    );
    return used.length === 1;
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
