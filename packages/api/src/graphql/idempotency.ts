import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequest } from '@apollo/server';
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { requestCommitted } from './request-transaction.ts';
import type { ErrorCode } from '@orgplane/schema';
import type { JobDefinition } from '../jobs/queue.ts';
import type { Logger } from '../logger.ts';
import { decryptSecret, encryptSecret } from '../security/crypto.ts';
import type { Context } from './context.ts';
import { DomainError, ValidationFailedError } from '../domain-error.ts';

/** How long a stored answer is replayed; after that the key may be used again. */
const KEEP_HOURS = 24;
/** How long a claim holds a key for a running request before another request may take it over. */
const LEASE_SECONDS = 60;
const KEY = /^[\x21-\x7e]{1,255}$/;
/** Answers that say "try again", not what the request did: never stored, so a retry runs again. */
const TRANSIENT: ReadonlySet<unknown> = new Set<ErrorCode>([
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
  'CONFLICT',
  'RATE_LIMITED',
]);

interface StoredAnswer {
  readonly status: number;
  readonly body: FormattedExecutionResult;
}

/** The key claimed by this request, which runs and then stores or releases it. */
interface Claim {
  readonly scope: string;
  readonly key: string;
}

/**
 * `Idempotency-Key` for mutations. The first request with a key, per caller (user or API key)
 * and organization, claims it and runs; its answer (status and body, sealed with the data key)
 * is stored for 24 hours and replayed to a retry with the same key and the same request body,
 * without running again. The same key with another body is `IDEMPOTENCY_KEY_REUSED`; a retry
 * while the first is still running is `IDEMPOTENCY_KEY_IN_USE`. Answers that only say "try
 * again" (internal errors, database unavailable, conflicts, rate limits) are not stored. Queries
 * ignore the header; anonymous mutations refuse it, having no caller to scope it to.
 *
 * The claim and the stored answer are statements of their own, outside the mutation's
 * transaction: a process that dies between the mutation's commit and storing its answer leaves a
 * claim that another request may take over once its lease (a minute) has passed.
 */
export function idempotencyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key');
      if (key === undefined) return;
      let claim: Claim | null = null;
      let replay: StoredAnswer | null = null;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          if (!KEY.test(key)) {
            throw refusal(
              new ValidationFailedError([
                { path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
              ]),
              400,
            );
          }
          const { viewer, apiKey, tenant, services } = contextValue;
          const principal = viewer ? `user:${viewer.userId}` : apiKey ? `apikey:${apiKey.id}` : null;
          if (!principal) {
            throw refusal(
              new DomainError('BAD_REQUEST', { message: 'An Idempotency-Key needs a signed-in caller or an API key.' }),
              400,
            );
          }
          const scope = `${principal}/${tenant?.orgId ?? '-'}`;
          const knex = services.orm.em.getKnex();
          const outcome = await claimKey(knex, scope, key, requestHash(request));
          if (outcome === 'claimed') claim = { scope, key };
          else if (outcome === 'reused') throw refusal(new DomainError('IDEMPOTENCY_KEY_REUSED'), 422);
          else if (outcome === 'running') throw refusal(new DomainError('IDEMPOTENCY_KEY_IN_USE'), 409);
          else replay = JSON.parse(decryptSecret(services.secrets.dataEncryptionKey, outcome.sealed)) as StoredAnswer;
        },

        async responseForOperation() {
          if (!replay) return null;
          return {
            http: { status: replay.status, headers: new HeaderMap([['idempotency-replayed', 'true']]) },
            body: { kind: 'single', singleResult: replay.body },
          };
        },

        async willSendResponse({ response, contextValue }) {
          if (!claim) return;
          const { scope, key: claimed } = claim;
          claim = null;
          const knex = contextValue.services.orm.em.getKnex();
          // Only an answer whose work committed may be replayed (the request transaction ends in a
          // willSendResponse of its own, run at the same time as this one).
          const committed = await requestCommitted(contextValue.em);
          const body = committed && response.body.kind === 'single' ? response.body.singleResult : null;
          const status = response.http.status ?? 200;
          try {
            if (!body || status >= 500 || body.errors?.some((error) => TRANSIENT.has(error.extensions?.code))) {
              await knex.raw(`delete from idempotency_key where scope = ? and key = ? and state = 'running'`, [
                scope,
                claimed,
              ]);
              return;
            }
            const sealed = encryptSecret(
              contextValue.services.secrets.dataEncryptionKey,
              JSON.stringify({ status, body } satisfies StoredAnswer),
            );
            await knex.raw(
              `update idempotency_key set state = 'completed', response_sealed = ?, locked_until = now()
                where scope = ? and key = ?`,
              [sealed, scope, claimed],
            );
          } catch (error) {
            // The answer still goes out; the claim lapses after its lease and a retry runs again.
            contextValue.logger.warn({ err: error }, 'could not store the idempotent answer');
          }
        },
      };
    },
  };
}

/** A refusal with its HTTP status, thrown from `didResolveOperation` (Apollo sends it as the answer). */
function refusal(error: DomainError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status } },
  });
}

/** What makes two requests "the same": the document, the operation name and the variables. */
function requestHash(request: GraphQLRequest): Buffer {
  return createHash('sha256')
    .update(JSON.stringify([request.query ?? null, request.operationName ?? null, request.variables ?? null]))
    .digest();
}

type ClaimOutcome = 'claimed' | 'reused' | 'running' | { sealed: string };

/**
 * Claims `key` for a request with `hash`: a new key, an expired one, or one whose claim lapsed
 * (same request) is taken in one statement; otherwise the stored row says what to answer.
 */
async function claimKey(knex: Knex, scope: string, key: string, hash: Buffer): Promise<ClaimOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const claimed = await knex.raw<{ rows: unknown[] }>(
      `insert into idempotency_key as k (scope, key, request_hash, state, locked_until, expires_at)
       values (?, ?, ?, 'running', now() + make_interval(secs => ?), now() + make_interval(hours => ?))
       on conflict (scope, key) do update
          set request_hash = excluded.request_hash, state = 'running', response_sealed = null,
              locked_until = excluded.locked_until, expires_at = excluded.expires_at, created_at = now()
        where k.expires_at <= now()
           or (k.state = 'running' and k.locked_until <= now() and k.request_hash = excluded.request_hash)
       returning 1`,
      [scope, key, hash, LEASE_SECONDS, KEEP_HOURS],
    );
    if (claimed.rows.length) return 'claimed';
    const existing = await knex.raw<{
      rows: Array<{ request_hash: Buffer; state: 'running' | 'completed'; response_sealed: string | null }>;
    }>(
      `select request_hash, state, response_sealed from idempotency_key
        where scope = ? and key = ? and expires_at > now()`,
      [scope, key],
    );
    const row = existing.rows[0];
    // Released or expired between the two statements: claim again.
    if (!row) continue;
    if (!row.request_hash.equals(hash)) return 'reused';
    if (row.state === 'running' || !row.response_sealed) return 'running';
    return { sealed: row.response_sealed };
  }
  return 'running';
}

/** Deletes expired keys; returns how many. */
export async function sweepIdempotencyKeys(knex: Knex): Promise<number> {
  const result = await knex.raw<{ rowCount: number }>('delete from idempotency_key where expires_at <= now()');
  return result.rowCount;
}

/** Sweeps expired idempotency keys every ten minutes (expired ones are already ignored). */
export function idempotencyJobs(orm: MikroORM, logger: Logger): JobDefinition<object>[] {
  return [
    {
      name: 'idempotency.sweep',
      cron: '*/10 * * * *',
      retryLimit: 0,
      handle: async () => {
        const deleted = await sweepIdempotencyKeys(orm.em.getKnex());
        if (deleted) logger.info({ deleted }, 'expired idempotency keys deleted');
      },
    },
  ];
}
