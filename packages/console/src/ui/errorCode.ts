import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isErrorCode } from '@orgplane/schema';
import type { ErrorCode, FieldError } from '@orgplane/schema';

type Extensions = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The first error of a GraphQL error body, if the body is one. */
function firstErrorInBody(bodyText: string): Record<string, unknown> | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (isRecord(body) && Array.isArray(body.errors) && isRecord(body.errors[0])) return body.errors[0];
  } catch {
    // Not JSON: the caller falls back to the HTTP status.
  }
  return undefined;
}

/** The `extensions` of the first GraphQL error behind an Apollo Client error, wherever it travelled. */
function firstExtensions(error: unknown): Extensions | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions;
  if (ServerError.is(error)) {
    const extensions = firstErrorInBody(error.bodyText)?.extensions;
    return isRecord(extensions) ? extensions : undefined;
  }
  return undefined;
}

/**
 * The stable error code behind an error from Apollo Client, so the console can show the message
 * from the shared error table. GraphQL errors carry it in `extensions.code`; HTTP failures map by
 * status; a request that never reached the API reads as the service being unavailable.
 */
export function errorCodeOf(error: unknown): ErrorCode {
  const code = firstExtensions(error)?.code;
  if (isErrorCode(code)) return code;
  if (CombinedGraphQLErrors.is(error)) return 'INTERNAL_SERVER_ERROR';
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 429) return 'RATE_LIMITED';
    if (error.statusCode === 502 || error.statusCode === 503 || error.statusCode === 504) return 'SERVICE_UNAVAILABLE';
    return 'INTERNAL_SERVER_ERROR';
  }
  if (error instanceof TypeError) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Whether the API refused the request as a whole (before any field ran), as it does for a dead
 * access token or an `x-tenant-id` the caller may not use, rather than failing one field.
 */
export function isRequestLevelError(error: unknown): boolean {
  if (ServerError.is(error)) return true;
  return CombinedGraphQLErrors.is(error) && error.errors.length > 0 && error.errors.every((item) => !item.path);
}

/** The invalid fields of a `VALIDATION_FAILED` error (`extensions.fields`), paths relative to the input. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  const fields = firstExtensions(error)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) =>
    isRecord(field) && typeof field.path === 'string' && typeof field.message === 'string'
      ? [{ path: field.path, message: field.message }]
      : [],
  );
}

/** The seconds to wait before trying again, from a `RATE_LIMITED` error's `extensions.retryAfter`. */
export function retryAfterOf(error: unknown): number | null {
  const retryAfter = firstExtensions(error)?.retryAfter;
  return typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : null;
}
