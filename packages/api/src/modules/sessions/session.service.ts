import type { EntityManager } from '@mikro-orm/postgresql';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError } from '../../domain-error.ts';
import { hashToken, keyedHash, randomToken } from '../../security/crypto.ts';
import type { AppServices, RequestMeta } from '../../services.ts';
import { User } from '../users/user.entity.ts';
import { RefreshToken } from './refresh-token.entity.ts';
import { Session } from './session.entity.ts';

/** What a client needs to act as a session: a short-lived access token and the refresh token. */
export interface SessionTokens {
  readonly sessionId: string;
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: Date;
}

/** A live session as the user's session list shows it. */
interface LiveSessionRecord {
  id: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long a just-rotated refresh token may be presented again and answer the same successor: a
 * client that lost the answer to its refresh (a dropped connection, two tabs refreshing at once)
 * retries without losing its session. After the window, or once the successor itself was used,
 * presenting it is reuse and revokes the session.
 */
export const REFRESH_RETRY_GRACE_SECONDS = 30;

/**
 * How recently a session must have signed in (with every factor) for changes that take over an
 * account, such as two-factor changes: a stolen session that has only been refreshed cannot make
 * them.
 */
const RECENT_SIGN_IN_MINUTES = 15;

/**
 * Sessions and their refresh tokens. Refresh tokens are stored only as SHA-256 hashes and rotate
 * on every use; presenting one that was already rotated revokes the whole session, except for a
 * retry within `REFRESH_RETRY_GRACE_SECONDS`. The first token of a session is random; each
 * successor is an HMAC of its predecessor under the server's data key, so a retry can recompute
 * it from the token presented without any secret being stored in a usable form.
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

  /**
   * Exchanges a refresh token for new tokens. A retry of the just-rotated token within the grace
   * window answers the same successor (and a new access token); any other reuse revokes the
   * session.
   */
  async refresh(refreshToken: string): Promise<SessionTokens> {
    const hash = hashToken(refreshToken);
    const successor = this.successorOf(refreshToken);
    const successorHash = hashToken(successor);
    const expiresAt = new Date(Date.now() + this.refreshTtlMs);
    // One statement: the token is used up and its successor stored together, so a concurrent
    // retry that finds the token used always finds the successor too.
    const [rotated] = await sql<{ session_id: string; user_id: string }>(
      this.em,
      `with rotated as (
         update refresh_token rt set used_at = now()
           from session s
          where rt.token_hash = ? and rt.used_at is null and rt.expires_at > now()
            and s.id = rt.session_id and s.revoked_at is null and s.expires_at > now()
          returning rt.session_id, s.user_id
       ), stored as (
         insert into refresh_token (token_hash, session_id, expires_at)
         select ?, session_id, ? from rotated
       ), touched as (
         update session set last_used_at = now(), expires_at = ? where id in (select session_id from rotated)
       )
       select session_id, user_id from rotated`,
      [hash, successorHash, expiresAt, expiresAt],
    );
    if (rotated) return this.tokensFor(rotated.user_id, rotated.session_id, successor, expiresAt);

    const [used] = await sql<{ session_id: string; user_id: string; retry: boolean; expires_at: Date | null }>(
      this.em,
      `select rt.session_id, s.user_id, succ.expires_at,
              (rt.used_at > now() - make_interval(secs => ?) and succ.used_at is null
               and succ.expires_at > now() and s.revoked_at is null and s.expires_at > now()) as retry
         from refresh_token rt
         join session s on s.id = rt.session_id
         left join refresh_token succ on succ.token_hash = ? and succ.session_id = rt.session_id
        where rt.token_hash = ? and rt.used_at is not null`,
      [REFRESH_RETRY_GRACE_SECONDS, successorHash, hash],
    );
    if (used?.retry && used.expires_at) {
      return this.tokensFor(used.user_id, used.session_id, successor, new Date(used.expires_at));
    }
    if (used) await this.revoke(used.session_id, 'refresh_token_reuse');
    throw new DomainError('UNAUTHENTICATED');
  }

  /** Refuses with `REAUTHENTICATION_REQUIRED` unless the session signed in recently. */
  async requireRecentSignIn(sessionId: string): Promise<void> {
    const since = new Date(Date.now() - RECENT_SIGN_IN_MINUTES * 60 * 1000);
    const recent = await this.em.count(Session, { id: sessionId, authenticatedAt: { $gt: since } });
    if (!recent) throw new DomainError('REAUTHENTICATION_REQUIRED');
  }

  /** Ends one session (its refresh tokens stop working; access tokens are refused at once). */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.em.nativeUpdate(
      Session,
      { id: sessionId, revokedAt: null },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /**
   * Ends a session if it belongs to `userId`; whether it did. Never the session making the
   * request (`currentSessionId`): signing out ends that one, cookie included.
   */
  async revokeOwn(userId: string, sessionId: string, currentSessionId: string): Promise<boolean> {
    if (sessionId === currentSessionId) throw new DomainError('CANNOT_REVOKE_CURRENT_SESSION');
    const revoked = await this.em.nativeUpdate(
      Session,
      { id: sessionId, user: userId, revokedAt: null },
      { revokedAt: new Date(), revokedReason: 'revoked_by_user' },
    );
    return revoked === 1;
  }

  /** Ends every session of a user, optionally except one; returns how many ended. */
  async revokeAll(userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    return this.em.nativeUpdate(
      Session,
      { user: userId, revokedAt: null, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /** A page of the user's live sessions, newest first; `currentSessionId` is marked current. */
  listLive(userId: string, currentSessionId: string, page: { first: number; after?: string | null }) {
    return pageByCreation<
      CreationKeyed & {
        created_at: Date;
        last_used_at: Date;
        expires_at: Date;
        ip: string | null;
        user_agent: string | null;
      },
      LiveSessionRecord
    >(
      this.em,
      {
        select: `select id as key, created_at::text as created_key, created_at, last_used_at, expires_at, ip, user_agent
                   from session`,
        where: 'user_id = ? and revoked_at is null and expires_at > now()',
        params: [userId],
        direction: 'desc',
      },
      page,
      (row) => ({
        id: row.key,
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
        expiresAt: row.expires_at,
        ip: row.ip,
        userAgent: row.user_agent,
        current: row.key === currentSessionId,
      }),
    );
  }

  /** Stores a new random refresh token for the session and issues an access token with it. */
  private async issue(userId: string, sessionId: string, refreshTokenExpiresAt: Date): Promise<SessionTokens> {
    const refreshToken = randomToken();
    await this.em.insert(RefreshToken, {
      tokenHash: hashToken(refreshToken),
      session: this.em.getReference(Session, sessionId),
      expiresAt: refreshTokenExpiresAt,
    });
    return this.tokensFor(userId, sessionId, refreshToken, refreshTokenExpiresAt);
  }

  /** The refresh token that replaces `refreshToken`: the same on every computation. */
  private successorOf(refreshToken: string): string {
    return keyedHash(this.services.secrets.dataEncryptionKey, `refresh-token-successor:${refreshToken}`).toString(
      'base64url',
    );
  }

  private async tokensFor(
    userId: string,
    sessionId: string,
    refreshToken: string,
    refreshTokenExpiresAt: Date,
  ): Promise<SessionTokens> {
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
