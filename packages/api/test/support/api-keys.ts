import { graphql } from '../generated/index.ts';

/** Creates a key; the secret is in the answer once. */
export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        prefix
        scopes
        status
        createdByName
        expiresAt
      }
    }
  }
`);

/** Exchanges a key's secret for a short-lived access token. */
export const EXCHANGE_API_KEY = graphql(`
  mutation ExchangeApiKey($secret: String!) {
    exchangeApiKey(input: { secret: $secret }) {
      accessToken
      expiresAt
      organizationId
      scopes
    }
  }
`);
