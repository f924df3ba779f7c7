import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../graphql/errors.ts';

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
 * Brute-force throttling stored in PostgreSQL (rate-limiter-flexible), so the limits hold across
 * several API processes. Every call counts, so aliased attempts in one document each count.
 */
export class RateLimits {
  private readonly limiters: Record<LimitName, RateLimiterPostgres>;

  constructor(knex: Knex) {
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

  /** Refuses with RATE_LIMITED if the limit is already spent, without counting. */
  async check(name: LimitName, key: string): Promise<void> {
    const state = await this.limiters[name].get(key);
    if (state && state.consumedPoints >= LIMITS[name].points) throw limited(state);
  }

  /** Forgets the count, after a success. */
  async reset(name: LimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }
}

function limited(error: unknown): unknown {
  if (!(error instanceof RateLimiterRes)) return error;
  return new DomainError('RATE_LIMITED', {
    extensions: { retryAfter: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) },
  });
}
