import { CheckConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { driverException, violatedConstraint } from './sql.ts';

/**
 * The database's own guards of "exactly one active owner per organization": the partial unique
 * index (at most one, at once) and the deferred constraint trigger (at least one, at commit; see
 * Migration20261202010000_owner_guarantee). Code that respects the org row lock never meets
 * them; when something does, the caller is told CONFLICT, never an internal error.
 */
const OWNER_GUARDS = new Set(['membership_one_active_owner', 'organization_one_active_owner']);

/** Whether `error` (or what it wraps) is PostgreSQL refusing a change that breaks the owner rule. */
export function isOwnerInvariantViolation(error: unknown): boolean {
  const failure = driverException(error);
  if (
    !(failure instanceof UniqueConstraintViolationException) &&
    !(failure instanceof CheckConstraintViolationException)
  )
    return false;
  return OWNER_GUARDS.has(violatedConstraint(failure) ?? '');
}
