import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { DeadlockException, type EntityManager } from '@mikro-orm/postgresql';
import { guardedSavepoint } from '../database/atomic.ts';
import { driverException, sql } from '../database/sql.ts';
import { DomainError } from '../domain-error.ts';

/** Tries per mutation, the first included. */
export const MAX_ATTEMPTS = 4;

/**
 * PostgreSQL's serialization failure or deadlock (both `DeadlockException`): the transaction was
 * rolled back and may simply be run again.
 */
function isRetryable(error: unknown): boolean {
  return driverException(error) instanceof DeadlockException;
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));

/**
 * Runs a mutation again, after a short random pause, when PostgreSQL rolled its transaction back
 * for a serialization failure or a deadlock; after `MAX_ATTEMPTS` it answers the typed `CONFLICT`
 * instead of an internal error. Mutations keep their changes in one transaction, so a rolled-back
 * attempt left nothing behind.
 */
function retryingOnConflict<TSource, TContext, TArgs>(
  resolve: GraphQLFieldResolver<TSource, TContext, TArgs>,
): GraphQLFieldResolver<TSource, TContext, TArgs> {
  return async (source, args, context, info) => {
    const { em } = context as { em?: EntityManager };
    for (let attempt = 1; ; attempt += 1) {
      const savepoint = em?.isInTransaction() ? em : null;
      if (savepoint) await sql(savepoint, 'savepoint mutation');
      const unguard = savepoint ? guardedSavepoint(savepoint) : () => {};
      let outcome: unknown;
      let thrown = false;
      try {
        // graphql-shield hands a resolver's error back as the result rather than throwing it.
        outcome = await resolve(source, args, context, info);
      } catch (error) {
        outcome = error;
        thrown = true;
      } finally {
        unguard();
      }
      if (savepoint) {
        // When the connection itself failed, the original error says more than the savepoint's.
        await endSavepoint(savepoint, outcome instanceof Error).catch((error: unknown) => {
          if (!(outcome instanceof Error)) throw error;
        });
      }
      if (thrown && !isRetryable(outcome)) throw outcome;
      if (!isRetryable(outcome)) return outcome;
      if (attempt >= MAX_ATTEMPTS) throw new DomainError('CONFLICT');
      await pause(attempt);
    }
  };
}

/**
 * Inside a request transaction each mutation attempt runs in a savepoint: a failed one is rolled
 * back alone (its locks released, the transaction usable again) while earlier mutations of the
 * same request keep their work. The savepoint is guarded (`database/atomic.ts`): services'
 * `atomically` runs in it without a savepoint of its own.
 *
 * A successful attempt's savepoint is not released: COMMIT keeps its work all the same, one round
 * trip fewer per mutation. A later mutation of the same request opens a savepoint of the same
 * name, and `rollback to savepoint` goes back to the newest of that name.
 */
async function endSavepoint(em: EntityManager, failed: boolean): Promise<void> {
  if (!failed) return;
  await sql(em, 'rollback to savepoint mutation');
  em.clear();
  await sql(em, 'release savepoint mutation');
}

/** Wraps every mutation of `schema` in `retryingOnConflict` (in place; returns the schema). */
export function applyConflictRetries(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (field.resolve) field.resolve = retryingOnConflict(field.resolve);
  }
  return schema;
}
