import type { EntityManager } from '@mikro-orm/postgresql';

/** Transactions now inside a savepoint that a failure rolls back whole (a mutation's). */
const guarded = new WeakSet<object>();

/**
 * Declares that `em`'s transaction is inside a savepoint its owner rolls back whole if the work
 * in it fails, until the returned function is called. `graphql/conflict-retries.ts` does this for
 * each mutation attempt.
 */
export function guardedSavepoint(em: EntityManager): () => void {
  const transaction = em.getTransactionContext() as object | undefined;
  if (!transaction) throw new Error('A guarded savepoint needs a transaction.');
  guarded.add(transaction);
  return () => guarded.delete(transaction);
}

/**
 * Runs `work` all or nothing: directly in the caller's guarded savepoint when there is one (a
 * failure rolls it back whole), else in a transaction of its own (a savepoint when `em` is in
 * another transaction). The first saves a mutation two round trips and knex's nested-transaction
 * setup. `work` sends its writes as SQL through the `em` it is given, or flushes them itself:
 * in a guarded savepoint nothing flushes at the end.
 */
export function atomically<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const transaction = em.getTransactionContext() as object | undefined;
  if (transaction && guarded.has(transaction)) return work(em);
  return em.transactional(work);
}
