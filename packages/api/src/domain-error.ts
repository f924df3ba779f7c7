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
