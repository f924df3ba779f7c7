import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_CODES } from '@orgplane/schema';
import { describe, expect, it } from 'vitest';
import { errorText } from './errorText.ts';

const refusal = (code: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'from the server', extensions: { code } }] });

describe('errorText', () => {
  it('shows the shared table’s message for the rules the server enforces on one’s own row', () => {
    for (const code of [
      'CANNOT_ARCHIVE_SELF',
      'CANNOT_CHANGE_OWN_ROLE',
      'CANNOT_RESET_OWN_PASSWORD',
      'CANNOT_REVOKE_CURRENT_SESSION',
    ] as const) {
      expect(errorText(refusal(code)), code).toBe(ERROR_CODES[code]);
    }
  });

  it('reads an unknown code as an internal error', () => {
    expect(errorText(refusal('NO_SUCH_CODE'))).toBe(ERROR_CODES.INTERNAL_SERVER_ERROR);
  });
});
