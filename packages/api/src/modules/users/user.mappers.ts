import type { UserNode } from './user.types.ts';
import type { User } from './user.entity.ts';

export function toUserNode(user: User): UserNode {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    mfaEnabled: user.totpEnabledAt !== null,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
  };
}
