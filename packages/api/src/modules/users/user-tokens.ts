import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../database/sql.ts';
import { hashToken, randomToken } from '../../security/crypto.ts';
import { User } from './user.entity.ts';
import { UserToken, type UserTokenPurpose } from './user-token.entity.ts';

const TOKEN_TTL_MS: Record<UserTokenPurpose, number> = {
  email_verification: 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
  mfa_challenge: 5 * 60 * 1000,
};

/**
 * Issues a single-use token (32 random bytes; only its hash is stored) and retires the user's
 * earlier unused tokens of the same purpose, so only the newest link works.
 */
export async function issueUserToken(
  em: EntityManager,
  userId: string,
  purpose: UserTokenPurpose,
): Promise<{ token: string; expiresAt: Date }> {
  await em.nativeUpdate(UserToken, { user: userId, purpose, usedAt: null }, { usedAt: new Date() });
  const token = randomToken();
  const expiresAt = new Date(Date.now() + TOKEN_TTL_MS[purpose]);
  await em.insert(UserToken, {
    tokenHash: hashToken(token),
    user: em.getReference(User, userId),
    purpose,
    expiresAt,
  });
  return { token, expiresAt };
}

/** The user a live token belongs to, without using it up. */
export async function peekUserToken(
  em: EntityManager,
  token: string,
  purpose: UserTokenPurpose,
): Promise<string | null> {
  const row = await em.findOne(
    UserToken,
    { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } },
    { fields: ['user'], disableIdentityMap: true },
  );
  return row?.user.id ?? null;
}

/** Uses a live token up (one conditional update, so two concurrent uses cannot both win). */
export async function consumeUserToken(
  em: EntityManager,
  token: string,
  purpose: UserTokenPurpose,
): Promise<string | null> {
  const [row] = await sql<{ user_id: string }>(
    em,
    `update user_token set used_at = now()
      where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
      returning user_id`,
    [hashToken(token), purpose],
  );
  return row?.user_id ?? null;
}
