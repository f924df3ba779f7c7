import { graphql } from '@orgplane/schema/generated';

/** New tokens for the session in the refresh cookie; the console always keeps the refresh token in that cookie. */
export const RefreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession(input: { refreshTokenTransport: COOKIE }) {
      tokens {
        accessToken
        accessTokenExpiresAt
        sessionId
      }
    }
  }
`);
