import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailedError } from '../../domain-error.ts';
import { requireHashingRoom, verifyPassword } from '../../security/passwords.ts';
import type { RateLimits } from '../../security/rate-limits.ts';
import { User } from './user.entity.ts';

/**
 * Checks the password a signed-in person typed to confirm a sensitive change (changing the
 * password, turning off TOTP, deleting the account, transferring ownership, archiving an org).
 * Every attempt counts towards the same per-account limit as sign-ins from unrecognized devices,
 * before the password is checked (forgiven when it is right), so someone holding a stolen access
 * token cannot use these operations to guess the password, not even with many concurrent
 * requests; once the limit is spent every attempt answers RATE_LIMITED, right or wrong.
 */
export async function confirmPassword(
  em: EntityManager,
  rateLimits: RateLimits,
  userId: string,
  password: string,
  path = 'password',
): Promise<User> {
  const user = await em.findOneOrFail(User, userId, { populate: ['passwordHash'] });
  requireHashingRoom();
  await rateLimits.consume('signInFailuresPerAccount', user.email);
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new ValidationFailedError([{ path, message: 'is not your current password' }]);
  }
  await rateLimits.reset('signInFailuresPerAccount', user.email);
  return user;
}
