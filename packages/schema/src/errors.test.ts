import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorMessage, isErrorCode } from './errors.ts';

describe('the error-code table', () => {
  it('has the codes clients rely on, each with a message a person can act on', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'TENANT_NOT_FOUND',
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'ALREADY_MEMBER',
      'INVITATION_EXPIRED',
      'RATE_LIMITED',
      'ORG_SUSPENDED',
      'MFA_REQUIRED',
    ]) {
      expect(isErrorCode(code), code).toBe(true);
    }
    for (const [code, message] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(message).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('answers an internal-error message for unknown codes', () => {
    expect(errorMessage('NO_SUCH_CODE')).toBe(ERROR_CODES.INTERNAL_SERVER_ERROR);
    expect(errorMessage(undefined)).toBe(ERROR_CODES.INTERNAL_SERVER_ERROR);
    expect(errorMessage('FORBIDDEN')).toBe(ERROR_CODES.FORBIDDEN);
    expect(isErrorCode('toString')).toBe(false);
  });
});
