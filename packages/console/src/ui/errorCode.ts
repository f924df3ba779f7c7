import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isErrorCode } from '@orgplane/schema';
import type { ErrorCode } from '@orgplane/schema';

/** The first `extensions.code` in a GraphQL error body, if the body is one. */
function codeFromBody(bodyText: string): unknown {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
      const first: unknown = body.errors[0];
      if (typeof first === 'object' && first !== null && 'extensions' in first) {
        const extensions: unknown = first.extensions;
        if (typeof extensions === 'object' && extensions !== null && 'code' in extensions) return extensions.code;
      }
    }
  } catch {
    // Not JSON: fall back to the HTTP status.
  }
  return undefined;
}

/**
 * The stable error code behind an error from Apollo Client, so the console can show the message
 * from the shared error table. GraphQL errors carry it in `extensions.code`; HTTP failures map by
 * status; a request that never reached the API reads as the service being unavailable.
 */
export function errorCodeOf(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR';
  }
  if (ServerError.is(error)) {
    const code = codeFromBody(error.bodyText);
    if (isErrorCode(code)) return code;
    if (error.statusCode === 429) return 'RATE_LIMITED';
    if (error.statusCode === 502 || error.statusCode === 503 || error.statusCode === 504) return 'SERVICE_UNAVAILABLE';
    return 'INTERNAL_SERVER_ERROR';
  }
  if (error instanceof TypeError) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}
