import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../domain-error.ts';
import { keyedHash, randomToken, sameBytes } from './crypto.ts';

/** A limit: `points` attempts per `durationSeconds`, counted in PostgreSQL across processes. */
interface LimitSpec {
  readonly points: number;
  readonly durationSeconds: number;
}

/** Every throttled action and its limit. */
export const LIMITS = {
  signInFailuresPerAccount: { points: 5, durationSeconds: 15 * 60 },
  signInAttemptsPerIp: { points: 30, durationSeconds: 15 * 60 },
  mfaFailuresPerAccount: { points: 5, durationSeconds: 15 * 60 },
  mfaAttemptsPerIp: { points: 30, durationSeconds: 15 * 60 },
  passwordResetPerAccount: { points: 3, durationSeconds: 60 * 60 },
  passwordResetPerIp: { points: 10, durationSeconds: 60 * 60 },
  signUpPerIp: { points: 10, durationSeconds: 60 * 60 },
  // Counted whether or not the address has an account, so the limit tells nothing; it bounds the
  // mails an existing account's owner gets about sign-up attempts.
  signUpPerAddress: { points: 5, durationSeconds: 60 * 60 },
  emailVerificationPerAccount: { points: 3, durationSeconds: 60 * 60 },
  invitationsPerOrg: { points: 500, durationSeconds: 60 * 60 },
  apiKeyExchangePerIp: { points: 120, durationSeconds: 60 },
} as const satisfies Record<string, LimitSpec>;

export type LimitName = keyof typeof LIMITS;

/**
 * Sign-in attempts from a recognized device: as many free attempts as the account's shared limit,
 * then a delay before each next one that doubles from 1 second up to 15 minutes. The count is
 * forgotten a day after the device's last attempt, and at once when it signs in.
 */
const DEVICE_ATTEMPTS = {
  free: LIMITS.signInFailuresPerAccount.points,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

/**
 * Brute-force throttling stored in PostgreSQL (rate-limiter-flexible), so the limits hold across
 * several API processes. Every call counts, so aliased attempts in one document each count.
 *
 * An attempt at a secret is counted before the secret is checked (`consume`, one atomic upsert),
 * and forgiven after a success (`reset`): a burst of concurrent guesses, across any number of
 * processes, gets at most `points` of them checked.
 */
export class RateLimits {
  private readonly limiters: Record<LimitName, RateLimiterPostgres>;
  private readonly deviceKey: Buffer;

  /** `dataKey` derives the key that signs device cookies. */
  constructor(
    private readonly knex: Knex,
    dataKey: Buffer,
  ) {
    this.deviceKey = keyedHash(dataKey, 'orgplane sign-in device cookie v1');
    this.limiters = Object.fromEntries(
      Object.entries(LIMITS).map(([name, spec]) => [
        name,
        new RateLimiterPostgres({
          storeClient: knex,
          storeType: 'knex',
          tableName: 'rate_limit',
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix: name,
          points: spec.points,
          duration: spec.durationSeconds,
        }),
      ]),
    ) as Record<LimitName, RateLimiterPostgres>;
  }

  /** Counts an attempt (or `points` of them); refuses with RATE_LIMITED once the limit is spent. */
  async consume(name: LimitName, key: string, points = 1): Promise<void> {
    try {
      await this.limiters[name].consume(key, points);
    } catch (error) {
      throw limited(error);
    }
  }

  /** Forgets the count, after a success. */
  async reset(name: LimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }

  /**
   * A device cookie for the account (OWASP "device cookies"): a random device id and an HMAC
   * binding it to the email. Keeps `deviceId` when given, so a device stays one device.
   */
  deviceCookie(email: string, deviceId: string = randomToken(16)): string {
    return `${deviceId}.${this.deviceMac(email, deviceId).toString('base64url')}`;
  }

  /** The device id of a cookie this server signed for this account; null for anything else. */
  recognizeDevice(email: string, cookie: string | null): string | null {
    const [deviceId, mac, ...rest] = (cookie ?? '').split('.');
    if (!deviceId || !mac || rest.length || !/^[A-Za-z0-9_-]{16,64}$/.test(deviceId)) return null;
    return sameBytes(Buffer.from(mac, 'base64url'), this.deviceMac(email, deviceId)) ? deviceId : null;
  }

  /**
   * Counts a sign-in attempt from a recognized device, before the password is checked: free for
   * the first few, then only once the previous attempt's delay has passed (RATE_LIMITED with the
   * seconds left otherwise), and each claim doubles the delay. One statement, so concurrent
   * attempts from any process claim one at a time.
   */
  async claimDeviceAttempt(email: string, deviceId: string): Promise<void> {
    const key = deviceKeyOf(email, deviceId);
    const { free, maxDelaySeconds, forgetAfterSeconds } = DEVICE_ATTEMPTS;
    const claimed = await this.knex.raw<{ rows: unknown[] }>(
      `insert into sign_in_device_attempt as a (key, attempts, not_before, expires_at)
       values (?, 1, '-infinity', clock_timestamp() + make_interval(secs => ?))
       on conflict (key) do update set
         attempts = case when a.expires_at <= clock_timestamp() then 1 else a.attempts + 1 end,
         not_before = case
           when a.expires_at <= clock_timestamp() or a.attempts + 1 < ? then '-infinity'::timestamptz
           else clock_timestamp() + make_interval(secs => least(power(2, a.attempts + 1 - ?), ?)) end,
         expires_at = clock_timestamp() + make_interval(secs => ?)
       where a.expires_at <= clock_timestamp() or a.not_before <= clock_timestamp()
       returning attempts`,
      [key, forgetAfterSeconds, free, free, maxDelaySeconds, forgetAfterSeconds],
    );
    if (claimed.rows.length === 1) return;
    const waiting = await this.knex.raw<{ rows: Array<{ seconds: number | null }> }>(
      `select extract(epoch from not_before - clock_timestamp())::float8 as seconds
         from sign_in_device_attempt where key = ?`,
      [key],
    );
    throw new DomainError('RATE_LIMITED', {
      extensions: { retryAfter: Math.max(1, Math.ceil(waiting.rows[0]?.seconds ?? 1)) },
    });
  }

  /** Forgets a device's attempts, after it signed in. */
  async forgetDeviceAttempts(email: string, deviceId: string): Promise<void> {
    await this.knex.raw('delete from sign_in_device_attempt where key = ?', [deviceKeyOf(email, deviceId)]);
  }

  private deviceMac(email: string, deviceId: string): Buffer {
    return keyedHash(this.deviceKey, `${deviceId}:${email}`);
  }
}

function deviceKeyOf(email: string, deviceId: string): string {
  return `${email}:${deviceId}`;
}

function limited(error: unknown): unknown {
  if (!(error instanceof RateLimiterRes)) return error;
  return new DomainError('RATE_LIMITED', {
    extensions: { retryAfter: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) },
  });
}
