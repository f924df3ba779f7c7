import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { errorMessage, type ErrorCode } from '@orgplane/schema';
import { databaseUnavailableReason } from '../database/unavailable.ts';
import { RETRY_AFTER_SECONDS } from './errors.ts';
import type { Logger } from '../logger.ts';

type Work = () => Promise<void>;

/** Work waiting for each open request transaction to commit (keyed by the transaction). */
const afterCommitWork = new WeakMap<object, Work[]>();

/** Whether each request's transaction committed, once it has ended (keyed by the request's em). */
const outcomes = new WeakMap<EntityManager, { promise: Promise<boolean>; settle(committed: boolean): void }>();

/**
 * Opens the transaction a signed-in request runs in. Row-level security reads the tenant from
 * `app.org_id`, which the caller check sets with `set_config(…, true)`: local to this
 * transaction, so the pooled connection carries no tenant to the next request. Services'
 * own transactions nest inside it as savepoints.
 */
export async function beginRequestTransaction(em: EntityManager): Promise<void> {
  let settle: (committed: boolean) => void = () => {};
  const promise = new Promise<boolean>((resolve) => (settle = resolve));
  outcomes.set(em, { promise, settle });
  await em.begin();
  afterCommitWork.set(em.getTransactionContext() as object, []);
}

/**
 * Resolves once the request's transaction has ended: true if it committed (or the request had
 * none), false if it was rolled back. Apollo runs every plugin's `willSendResponse` at once, so
 * a plugin that must know what was saved (storing an idempotent answer) waits for this.
 */
export function requestCommitted(em: EntityManager): Promise<boolean> {
  return outcomes.get(em)?.promise ?? Promise.resolve(true);
}

/**
 * Runs `work` once what `em` wrote is committed: after the request transaction when there is
 * one (a job queued earlier could not see the rows yet), otherwise now.
 */
export async function afterCommit(em: EntityManager, work: Work): Promise<void> {
  const transaction = em.getTransactionContext() as object | undefined;
  const waiting = transaction ? afterCommitWork.get(transaction) : undefined;
  if (waiting) waiting.push(work);
  else await work();
}

/**
 * Ends the request transaction, committing it unless `rollback`; a no-op when none is open.
 * Pending entity changes are not flushed: services flush their own work, and a mutation that
 * failed must not have its half-made changes saved. Returns the commit's error, if any (the
 * transaction is then rolled back).
 */
export async function endRequestTransaction(
  em: EntityManager,
  ending: 'commit' | 'rollback',
  logger?: Logger,
): Promise<unknown> {
  const transaction = em.getTransactionContext();
  const outcome = outcomes.get(em);
  if (!transaction || !afterCommitWork.has(transaction as object)) {
    outcome?.settle(false);
    return null;
  }
  const work = afterCommitWork.get(transaction as object) ?? [];
  afterCommitWork.delete(transaction as object);
  em.resetTransactionContext();
  const connection = em.getConnection();
  if (ending === 'rollback') {
    await connection.rollback(transaction).catch(() => {});
    outcome?.settle(false);
    return null;
  }
  try {
    await connection.commit(transaction);
  } catch (error) {
    await connection.rollback(transaction).catch(() => {});
    outcome?.settle(false);
    return error;
  }
  outcome?.settle(true);
  for (const item of work) {
    await item().catch((error: unknown) => logger?.error({ err: error }, 'after-commit work failed'));
  }
  return null;
}

/**
 * Commits each request's transaction before its answer is sent, so an answer never reports a
 * write that did not commit. A failed commit (a deferred constraint, the database going away)
 * replaces the answer with CONFLICT (HTTP 200, like every domain error) or SERVICE_UNAVAILABLE
 * (503 with Retry-After): nothing was saved.
 */
export function requestTransactionPlugin(): ApolloServerPlugin<{ em: EntityManager; logger?: Logger }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const failure = await endRequestTransaction(contextValue.em, 'commit', contextValue.logger);
          if (!failure) return;
          const unavailable = databaseUnavailableReason(failure) !== null;
          const code: ErrorCode = unavailable ? 'SERVICE_UNAVAILABLE' : 'CONFLICT';
          if (unavailable) contextValue.logger?.warn({ reason: databaseUnavailableReason(failure) }, 'commit failed');
          else contextValue.logger?.warn({ err: failure }, 'commit refused');
          response.body = {
            kind: 'single',
            singleResult: { errors: [{ message: errorMessage(code), extensions: { code } }] },
          };
          // Apollo runs every plugin's willSendResponse at once, so serviceUnavailablePlugin has
          // already looked at the answer: the outage status is set here.
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
