import { can, parentGuarded, publicAccess, type RuleMap } from '../../graphql/authorization.ts';

export const apiKeyRules: RuleMap = {
  Query: { apiKeys: can('apiKeys.read') },
  Mutation: {
    createApiKey: can('apiKeys.create'),
    revokeApiKey: can('apiKeys.revoke'),
    exchangeApiKey: publicAccess,
  },
  ApiKey: { '*': parentGuarded },
  ApiKeyConnection: { '*': parentGuarded },
  ApiKeyEdge: { '*': parentGuarded },
  CreateApiKeyPayload: { '*': parentGuarded },
  RevokeApiKeyPayload: { '*': parentGuarded },
  ExchangeApiKeyPayload: { '*': parentGuarded },
};
