import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../database/sql.ts';
import { DomainError } from '../../graphql/errors.ts';
import { hashToken, randomToken } from '../../security/crypto.ts';
import type { AppServices, RequestMeta } from '../../services.ts';
import { User } from '../users/user.entity.ts';
import { Session } from './session.entity.ts';

/** What a client needs to act as a session: a short-lived access token and the refresh token. */
export interface SessionTokens {
  readonly sessionId: string;
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Sessions and their refresh tokens. Refresh tokens are random, stored only as SHA-256 hashes,
 * and rotate on every use; presenting one that was already rotated revokes the whole session.
 */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
  ) {}

  private get refreshTtlMs(): number {
    return this.services.config.refreshTokenTtlDays * DAY_MS;
  }

  /** Starts a session for `userId` inside the current transaction; tokens are valid after commit. */
  async start(userId: string, meta: RequestMeta): Promise<SessionTokens> {
    const expiresAt = new Date(Date.now() + this.refreshTtlMs);
    const session = this.em.create(Session, {
      user: this.em.getReference(User, userId),
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    await this.em.flush();
    return this.issue(userId, session.id, expiresAt);
  }

  /** Exchanges a refresh token for new tokens; a reused token revokes its session. */
  async refresh(refreshToken: string): Promise<SessionTokens> {
    const hash = hashToken(refreshToken);
    const [rotated] = await sql<{ session_id: string; user_id: string }>(
      this.em,
      `update refresh_token rt set used_at = now()
         from session s
        where rt.token_hash = ? and rt.used_at is null and rt.expires_at > now()
          and s.id = rt.session_id and s.revoked_at is null and s.expires_at > now()
        returning rt.session_id, s.user_id`,
      [hash],
    );
    if (!rotated) {
      const [reused] = await sql<{ session_id: string }>(
        this.em,
        'select session_id from refresh_token where token_hash = ? and used_at is not null',
        [hash],
      );
      if (reused) await this.revoke(reused.session_id, 'refresh_token_reuse');
      throw new DomainError('UNAUTHENTICATED');
    }
    const expiresAt = new Date(Date.now() + this.refreshTtlMs);
    await sql(this.em, 'update session set last_used_at = now(), expires_at = ? where id = ?', [
      expiresAt,
      rotated.session_id,
    ]);
    return this.issue(rotated.user_id, rotated.session_id, expiresAt);
  }

  /** Ends one session (its refresh tokens stop working; access tokens are refused at once). */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await sql(
      this.em,
      'update session set revoked_at = now(), revoked_reason = ? where id = ? and revoked_at is null',
      [reason, sessionId],
    );
  }

  /** Ends a session if it belongs to `userId`; whether it did. */
  async revokeOwn(userId: string, sessionId: string): Promise<boolean> {
    const rows = await sql(
      this.em,
      `update session set revoked_at = now(), revoked_reason = 'revoked_by_user'
        where id = ? and user_id = ? and revoked_at is null returning id`,
      [sessionId, userId],
    );
    return rows.length === 1;
  }

  /** Ends every session of a user, optionally except one; returns how many ended. */
  async revokeAll(userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    const rows = await sql<{ id: string }>(
      this.em,
      `update session set revoked_at = now(), revoked_reason = ?
          where user_id = ? and revoked_at is null and id <> coalesce(?::uuid, '00000000-0000-0000-0000-000000000000')
          returning id`,
      [reason, userId, exceptSessionId ?? null],
    );
    return rows.length;
  }

  private async issue(userId: string, sessionId: string, refreshTokenExpiresAt: Date): Promise<SessionTokens> {
    const refreshToken = randomToken();
    await sql(this.em, 'insert into refresh_token (token_hash, session_id, expires_at) values (?, ?, ?)', [
      hashToken(refreshToken),
      sessionId,
      refreshTokenExpiresAt,
    ]);
    const access = await this.services.accessTokens.issue({ userId, sessionId });
    return {
      sessionId,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
    };
  }
}
