import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.ts';
import { auditActorOf, type Context } from '../../graphql/context.ts';
import { ApiKeyService, scopesInForce, statusOf, type ApiKeyRow } from './api-key.service.ts';
import {
  ApiKeyConnection,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  ExchangeApiKeyInput,
  ExchangeApiKeyPayload,
  RevokeApiKeyInput,
  RevokeApiKeyPayload,
  type ApiKey,
} from './api-key.types.ts';

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    prefix: row.prefix,
    scopes: row.scopes,
    scopesInForce: scopesInForce(row.scopes, row.creator_role),
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    status: statusOf(row),
  };
}

const keys = (context: Context) => new ApiKeyService(context.em, context.services);

@Resolver()
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: 'The current organization’s API keys, newest first.' })
  async apiKeys(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<ApiKeyConnection> {
    const result = await keys(context).list(context.tenant!.orgId, page);
    return { ...result, edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: toApiKey(edge.node) })) };
  }

  @Mutation(() => CreateApiKeyPayload, {
    nullable: true,
    description: 'Creates an API key; the secret is in the payload, once.',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() context: Context,
  ): Promise<CreateApiKeyPayload> {
    const tenant = context.tenant!;
    const { row, secret } = await keys(context).create(tenant.orgId, auditActorOf(context), tenant.abilities, input);
    return { apiKey: toApiKey(row), secret };
  }

  @Mutation(() => RevokeApiKeyPayload, { nullable: true, description: 'Revokes an API key at once.' })
  async revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput,
    @Ctx() context: Context,
  ): Promise<RevokeApiKeyPayload> {
    return {
      apiKey: toApiKey(await keys(context).revoke(context.tenant!.orgId, auditActorOf(context), input.apiKeyId)),
    };
  }

  @Mutation(() => ExchangeApiKeyPayload, {
    nullable: true,
    description:
      'Public, rate limited: exchanges an API key secret for an access token of a few minutes carrying its organization and scopes.',
  })
  async exchangeApiKey(
    @Arg('input', () => ExchangeApiKeyInput) input: ExchangeApiKeyInput,
    @Ctx() context: Context,
  ): Promise<ExchangeApiKeyPayload> {
    const result = await keys(context).exchange(input.secret, context.meta);
    return {
      accessToken: result.token,
      expiresAt: result.expiresAt,
      organizationId: result.orgId,
      scopes: result.scopes,
    };
  }
}
