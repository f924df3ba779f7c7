import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailedError } from '../../graphql/errors.ts';
import { verifyPassword } from '../../security/passwords.ts';
import type { RateLimits } from '../../security/rate-limits.ts';
import { User } from './user.entity.ts';

/**
 * Checks the password a signed-in person typed to confirm a sensitive change (changing the
 * password, turning off TOTP, deleting the account, transferring ownership, archiving an org).
 * Wrong passwords count towards the same per-account limit as failed sign-ins, so someone holding
 * a stolen access token cannot use these operations to guess the password; once the limit is
 * spent every attempt answers RATE_LIMITED, right or wrong.
 */
export async function confirmPassword(
  em: EntityManager,
  rateLimits: RateLimits,
  userId: string,
  password: string,
  path = 'password',
): Promise<User> {
  const user = await em.findOneOrFail(User, userId, { populate: ['passwordHash'] });
  await rateLimits.check('signInFailuresPerAccount', user.email);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await rateLimits.consume('signInFailuresPerAccount', user.email);
    throw new ValidationFailedError([{ path, message: 'is not your current password' }]);
  }
  return user;
}
