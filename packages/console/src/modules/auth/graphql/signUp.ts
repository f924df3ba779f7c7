import { graphql } from '@orgplane/schema/generated';

/**
 * A new account with its default organization. The answer is the same when the address already
 * has an account (its owner gets an email instead) and starts no session: sign in next.
 */
export const SignUpMutation = graphql(`
  mutation SignUp($email: String!, $displayName: String!, $password: String!) {
    signUp(input: { email: $email, displayName: $displayName, password: $password }) {
      email
      verificationSent
    }
  }
`);
