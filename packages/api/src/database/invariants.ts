/**
 * The database's own guards of "exactly one active owner per organization": the partial unique
 * index (at most one, at once) and the deferred constraint trigger (at least one, at commit; see
 * Migration20261202010000_owner_guarantee). Code that respects the org row lock never meets
 * them; when something does, the caller is told CONFLICT, never an internal error.
 */
const OWNER_GUARDS = new Set(['membership_one_active_owner', 'organization_one_active_owner']);

/** Whether `error` (or what it wraps) is PostgreSQL refusing a change that breaks the owner rule. */
export function isOwnerInvariantViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if ((code === '23505' || code === '23514') && typeof constraint === 'string' && OWNER_GUARDS.has(constraint)) {
      return true;
    }
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? current.cause;
  }
  return false;
}
