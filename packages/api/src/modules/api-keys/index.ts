import { defineModule } from '../module.ts';
import { ApiKeyResolver } from './api-key.resolver.ts';
import { apiKeyRules } from './api-key.rules.ts';
import { ApiKey } from './api-key.entity.ts';

/** API keys: programs calling the API for an organization. */
export const apiKeysModule = defineModule({
  name: 'api-keys',
  resolvers: [ApiKeyResolver],
  rules: apiKeyRules,
  entities: [ApiKey],
});
