import { graphql } from '@orgplane/schema/generated';

/** The password step of a sign-in: a session, or an MFA challenge to answer first. */
export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password, refreshTokenTransport: COOKIE }) {
      tokens {
        accessToken
        accessTokenExpiresAt
        sessionId
      }
      mfaChallenge {
        challengeToken
        expiresAt
      }
    }
  }
`);

/** The second step of a sign-in: a TOTP code or a recovery code. */
export const VerifyMfaChallengeMutation = graphql(`
  mutation VerifyMfaChallenge($challengeToken: String!, $code: String, $recoveryCode: String) {
    verifyMfaChallenge(
      input: {
        challengeToken: $challengeToken
        code: $code
        recoveryCode: $recoveryCode
        refreshTokenTransport: COOKIE
      }
    ) {
      tokens {
        accessToken
        accessTokenExpiresAt
        sessionId
      }
    }
  }
`);
