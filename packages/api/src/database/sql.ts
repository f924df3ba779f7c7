import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one SQL statement with real bind parameters (`?` placeholders, sent to PostgreSQL as
 * $1, $2, …), inside the entity manager's transaction when there is one. For conditional
 * updates and other statements the unit of work does not express.
 */
export async function sql<T = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  bindings: readonly unknown[] = [],
): Promise<T[]> {
  const query = em.getKnex().raw(text, bindings as never[]);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
