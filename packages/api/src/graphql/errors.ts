import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { errorMessage, type ErrorCode, type FieldError } from '@orgplane/schema';

/**
 * An error the product means to tell the caller about. Its code comes from the shared table in
 * `@orgplane/schema`; the message defaults to that table's text.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, options: { message?: string; extensions?: Record<string, unknown> } = {}) {
    super(options.message ?? errorMessage(code));
    this.name = 'DomainError';
    this.code = code;
    this.extensions = options.extensions ?? {};
  }
}

/** Bad input: `VALIDATION_FAILED` with the path of every invalid field. */
export class ValidationFailedError extends DomainError {
  constructor(fields: readonly FieldError[]) {
    super('VALIDATION_FAILED', { extensions: { fields } });
  }
}

/** Codes Apollo Server itself produces about a malformed request; safe to pass on as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one error formatter. Domain errors keep their code, message and extensions; request
 * errors from Apollo keep theirs; bad variables become `VALIDATION_FAILED`; anything else is
 * masked as `INTERNAL_SERVER_ERROR` without stack, SQL or constraint names (development adds
 * the original message under `extensions.detail` to help debugging).
 */
export function createErrorFormatter(options: { development: boolean }) {
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
    const code = formatted.extensions?.code;
    if (code === 'BAD_USER_INPUT') {
      return { ...base, message: formatted.message, extensions: { code: 'VALIDATION_FAILED' } };
    }
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    return {
      ...base,
      message: errorMessage('INTERNAL_SERVER_ERROR'),
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(options.development && original instanceof Error ? { detail: original.message } : {}),
      },
    };
  };
}

/** Whether an error reaching the formatter is one we meant to send (and so needs no error log). */
export function isExpectedError(error: unknown): boolean {
  const original = originalError(error);
  return original instanceof DomainError || original instanceof ArgumentValidationError;
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
