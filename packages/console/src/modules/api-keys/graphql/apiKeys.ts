import { graphql } from '@orgplane/schema/generated';

/** A page of the organization's API keys, newest first (never their secrets). */
export const ApiKeysQuery = graphql(`
  query ApiKeys($first: Int!, $after: String) {
    apiKeys(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          description
          prefix
          scopes
          scopesInForce
          createdByName
          createdAt
          lastUsedAt
          expiresAt
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Creates a key; the answer carries its secret, this once. */
export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

/** Stops a key from working at once. */
export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($apiKeyId: ID!) {
    revokeApiKey(input: { apiKeyId: $apiKeyId }) {
      apiKey {
        id
        status
      }
    }
  }
`);
