import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { errorMessage, type ErrorCode, type FieldError } from '@orgplane/schema';
import { isOwnerInvariantViolation } from '../database/invariants.ts';
import { isDatabaseUnavailable } from '../database/unavailable.ts';
import { DomainError, ValidationFailedError } from '../domain-error.ts';

/** How long a client should wait before trying again when the database is unavailable (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The error that refuses a whole request while the database cannot be reached: 503 with
 * `Retry-After`, for failures before any field runs (building the context).
 */
export function serviceUnavailable(): GraphQLError {
  const error = new DomainError('SERVICE_UNAVAILABLE');
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID, the form of every id the API issues. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id argument, checked before it reaches SQL: a malformed one is `VALIDATION_FAILED` at `path`. */
export function requireId(value: string, path: string): string {
  if (!isUuid(value)) throw new ValidationFailedError([{ path, message: 'is not a valid id' }]);
  return value;
}

/** Codes Apollo Server itself produces about a malformed request; safe to pass on as they are. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one error formatter. Domain errors keep their code, message and extensions; request
 * errors from Apollo keep theirs; bad variables become `VALIDATION_FAILED`; a database that
 * cannot be reached is `SERVICE_UNAVAILABLE` (see `serviceUnavailablePlugin` for the status);
 * the database refusing a change that would break "exactly one active owner" is `CONFLICT`;
 * anything else is masked as `INTERNAL_SERVER_ERROR` without stack, SQL, driver message or
 * constraint names, in every environment (the log has the error, under the request id).
 */
export function createErrorFormatter() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code } };
    }
    if (original instanceof ArgumentValidationError) {
      return {
        ...base,
        message: errorMessage('VALIDATION_FAILED'),
        extensions: { code: 'VALIDATION_FAILED', fields: fieldErrors(original) },
      };
    }
    if (isDatabaseUnavailable(error)) {
      return { ...base, message: errorMessage('SERVICE_UNAVAILABLE'), extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (isOwnerInvariantViolation(error)) {
      return { ...base, message: errorMessage('CONFLICT'), extensions: { code: 'CONFLICT' } };
    }
    const code = formatted.extensions?.code;
    if (code === 'BAD_USER_INPUT') {
      return { ...base, message: formatted.message, extensions: { code: 'VALIDATION_FAILED' } };
    }
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    return { ...base, message: errorMessage('INTERNAL_SERVER_ERROR'), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * What a client is answered for an error it caused (a refusal, bad input, a malformed request):
 * the code, and the invalid fields if any; null for anything else, a fault on our side.
 */
export function clientError(error: unknown): { code: string; fields?: unknown } | null {
  const original = originalError(error);
  if (original instanceof DomainError) return { code: original.code, fields: original.extensions.fields };
  if (original instanceof ArgumentValidationError) return { code: 'VALIDATION_FAILED', fields: fieldErrors(original) };
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (code === 'BAD_USER_INPUT') return { code: 'VALIDATION_FAILED' };
  return typeof code === 'string' && REQUEST_ERROR_CODES.has(code) ? { code } : null;
}

/** Whether an error reaching the formatter is one we meant to send (and so needs no error log). */
export function isExpectedError(error: unknown): boolean {
  return clientError(error) !== null;
}

/**
 * Answers 503 with `Retry-After` when the formatted response carries `SERVICE_UNAVAILABLE` (a
 * field failed because the database cannot be reached), rather than 200 with an error in it: the
 * client, a load balancer or a retrying proxy can tell "try again" from a real answer.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          if (!result.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/**
 * Answers 429 with `Retry-After` (the longest wait asked for) when the request was refused by a
 * rate limit and nothing in it succeeded: every root field is null and some error is
 * `RATE_LIMITED`. A document where one alias succeeded keeps 200, since it carries a real answer.
 */
export function rateLimitedPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const waits = (result.errors ?? [])
            .filter((error) => error.extensions?.code === 'RATE_LIMITED')
            .map((error) => Number(error.extensions?.retryAfter) || 1);
          if (!waits.length || Object.values(result.data ?? {}).some((value) => value !== null)) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
        },
      };
    },
  };
}

function originalError(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && 'originalError' in current && current.originalError) {
    current = current.originalError;
  }
  return current;
}

function fieldErrors(error: ArgumentValidationError): FieldError[] {
  const result: FieldError[] = [];
  const walk = (items: typeof error.extensions.validationErrors, prefix: string) => {
    for (const item of items) {
      const path = [prefix, item.property].filter(Boolean).join('.') || 'input';
      for (const message of Object.values(item.constraints ?? {})) result.push({ path, message });
      if (item.children?.length) walk(item.children, path);
    }
  };
  walk(error.extensions.validationErrors, '');
  return result;
}
