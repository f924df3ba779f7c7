import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from './sql.ts';

/**
 * Enters an organization for row-level security for the rest of the current transaction
 * (`app.org_id`, transaction-local, so a pooled connection never carries it on). Only for the
 * few paths that legitimately change tenant, each listed in docs/architecture.md: a new
 * organization, the orgs of the signed-in user's own memberships, and an audit event recorded in
 * another org of the same user.
 */
export async function enterTenant(em: EntityManager, orgId: string): Promise<void> {
  requireTransaction(em);
  await sql(em, `select set_config('app.org_id', ?, true)`, [orgId]);
}

/**
 * Enters a user for row-level security (`app.user_id`): their own memberships become readable in
 * every org. For requests whose user is proved otherwise than by an access token (a password
 * reset link); the caller check does it for signed-in requests.
 */
export async function enterUser(em: EntityManager, userId: string): Promise<void> {
  requireTransaction(em);
  await sql(em, `select set_config('app.user_id', ?, true)`, [userId]);
}

/**
 * Runs `work` in another organization of the signed-in user, then returns to the tenant the
 * transaction was in (for reads and writes that span the user's own orgs, such as deleting the
 * account).
 */
export async function withTenant<T>(em: EntityManager, orgId: string, work: () => Promise<T>): Promise<T> {
  requireTransaction(em);
  const [current] = await sql<{ org_id: string | null }>(em, `select current_setting('app.org_id', true) as org_id`);
  await enterTenant(em, orgId);
  const result = await work();
  await sql(em, `select set_config('app.org_id', ?, true)`, [current?.org_id ?? '']);
  return result;
}

function requireTransaction(em: EntityManager): void {
  // Outside a transaction a local setting would end with its own statement.
  if (!em.isInTransaction()) throw new Error('Entering a tenant needs a transaction.');
}
