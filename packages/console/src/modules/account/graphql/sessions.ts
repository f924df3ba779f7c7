import { graphql } from '@orgplane/schema/generated';

/** The signed-in person's live sessions, newest first. */
export const AccountSessionsQuery = graphql(`
  query AccountSessions {
    viewer {
      sessions(first: 100) {
        edges {
          node {
            id
            current
            createdAt
            lastUsedAt
            ip
            userAgent
          }
        }
      }
    }
  }
`);

/** Ends one of the person's sessions. */
export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($sessionId: ID!) {
    revokeSession(input: { sessionId: $sessionId }) {
      revokedSessionId
    }
  }
`);
