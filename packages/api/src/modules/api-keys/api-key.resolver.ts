import { ArrayMaxSize, IsUUID, MaxLength } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import {
  Arg,
  Args,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.ts';
import { auditActorOf, type Context } from '../../graphql/context.ts';
import { ApiKeyService, scopesInForce, statusOf, type ApiKeyRow, type ApiKeyStatus } from './api-key.service.ts';
import { API_KEY_DESCRIPTION_MAX_LENGTH } from '@orgplane/schema';

export enum ApiKeyStatusEnum {
  ACTIVE = 'active',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
}
registerEnumType(ApiKeyStatusEnum, { name: 'ApiKeyStatus', description: 'Whether an API key works.' });

@ObjectType({
  description: 'A key that lets a program call the API for the organization. The secret is never shown again.',
  simpleResolvers: true,
})
export class ApiKey {
  @Field(() => ID, { description: 'The key id.' })
  id: string;

  @Field(() => String, { description: 'The name.' })
  name: string;

  @Field(() => String, { description: 'What it is for.' })
  description: string;

  @Field(() => String, { description: 'The start of the secret, to recognize it (opk_…).' })
  prefix: string;

  @Field(() => [String], { description: 'The ability ids it was given.' })
  scopes: string[];

  @Field(() => [String], {
    description:
      'The scopes in force now: those its creator still holds in this organization (none once the creator has left), never a human-only ability.',
  })
  scopesInForce: string[];

  @Field(() => String, { nullable: true, description: 'Who created it.' })
  createdByName: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it stops working, if ever.' })
  expiresAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was last used.' })
  lastUsedAt: Date | null;

  @Field(() => ApiKeyStatusEnum, { description: 'Whether it works.' })
  status: ApiKeyStatus;
}

@ObjectType({ description: 'A page of API keys.', simpleResolvers: true })
export class ApiKeyConnection extends Connection(ApiKey, 'ApiKey') {}

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'A name, 1 to 100 characters, without web or email addresses.' })
  @MaxLength(200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: `What it is for, up to ${API_KEY_DESCRIPTION_MAX_LENGTH} characters.`,
  })
  @MaxLength(1000)
  description?: string | null;

  @Field(() => [String], {
    description:
      'Ability ids, no wider than your own abilities and never human-only ones (see `CatalogAbility.humanOnly`).',
  })
  @ArrayMaxSize(100)
  scopes: string[];

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When it stops working (within a year); none by default.',
  })
  expiresAt?: Date | null;
}

@InputType({ description: 'An API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key id.' })
  @IsUUID()
  apiKeyId: string;
}

@InputType({ description: 'An API key secret to exchange.' })
export class ExchangeApiKeyInput {
  @Field(() => String, { description: 'The secret shown when the key was created.' })
  @MaxLength(200)
  secret: string;
}

@ObjectType({ description: 'A new API key and its secret, shown this once.', simpleResolvers: true })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: 'The key.' })
  apiKey: ApiKey;

  @Field(() => String, { description: 'The secret. Store it now: it is never shown again.' })
  secret: string;
}

@ObjectType({ description: 'A revoked API key.', simpleResolvers: true })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { description: 'The key, now revoked.' })
  apiKey: ApiKey;
}

@ObjectType({ description: 'A short-lived access token for an API key.', simpleResolvers: true })
export class ExchangeApiKeyPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; a few minutes long.' })
  accessToken: string;

  @Field(() => DateTimeISOResolver, { description: 'When it expires.' })
  expiresAt: Date;

  @Field(() => ID, { description: 'The organization the key belongs to (its tenant).' })
  organizationId: string;

  @Field(() => [String], { description: 'The abilities the token carries.' })
  scopes: string[];
}

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
