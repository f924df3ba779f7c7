import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorMessage } from '@orgplane/schema';

/**
 * The API's refusal of an organization that requires two-step verification the person has not
 * set up, for components that show what went wrong the way they show any other error.
 */
export const MFA_REQUIRED_ERROR = new CombinedGraphQLErrors({
  errors: [{ message: errorMessage('MFA_REQUIRED'), extensions: { code: 'MFA_REQUIRED' } }],
});
