import { graphql } from '@orgplane/schema/generated';

/** A new account with its default organization, signed in. */
export const SignUpMutation = graphql(`
  mutation SignUp($email: String!, $displayName: String!, $password: String!) {
    signUp(input: { email: $email, displayName: $displayName, password: $password, refreshTokenTransport: COOKIE }) {
      tokens {
        accessToken
        accessTokenExpiresAt
        sessionId
      }
      organization {
        id
        name
      }
    }
  }
`);
