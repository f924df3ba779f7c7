import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { DomainError } from './errors.ts';

/** PostgreSQL's serialization failure and deadlock: the transaction was rolled back and may simply be run again. */
const RETRYABLE = new Set(['40001', '40P01']);

/** Tries per mutation, the first included. */
export const MAX_ATTEMPTS = 4;

function isRetryable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (RETRYABLE.has(String((current as { code?: unknown }).code))) return true;
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? current.cause;
  }
  return false;
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));

/**
 * Runs a mutation again, after a short random pause, when PostgreSQL rolled its transaction back
 * for a serialization failure or a deadlock; after `MAX_ATTEMPTS` it answers the typed `CONFLICT`
 * instead of an internal error. Mutations keep their changes in one transaction, so a rolled-back
 * attempt left nothing behind.
 */
export function retryingOnConflict<TSource, TContext, TArgs>(
  resolve: GraphQLFieldResolver<TSource, TContext, TArgs>,
): GraphQLFieldResolver<TSource, TContext, TArgs> {
  return async (source, args, context, info) => {
    for (let attempt = 1; ; attempt += 1) {
      let outcome: unknown;
      try {
        // graphql-shield hands a resolver's error back as the result rather than throwing it.
        outcome = await resolve(source, args, context, info);
      } catch (error) {
        if (!isRetryable(error)) throw error;
        outcome = error;
      }
      if (!isRetryable(outcome)) return outcome;
      if (attempt >= MAX_ATTEMPTS) throw new DomainError('CONFLICT');
      await pause(attempt);
    }
  };
}

/** Wraps every mutation of `schema` in `retryingOnConflict` (in place; returns the schema). */
export function applyConflictRetries(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (field.resolve) field.resolve = retryingOnConflict(field.resolve);
  }
  return schema;
}
