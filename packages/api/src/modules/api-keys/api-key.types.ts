import { ArrayMaxSize, IsUUID, MaxLength } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.ts';
import type { ApiKeyStatus } from './api-key.service.ts';
import { API_KEY_DESCRIPTION_MAX_LENGTH } from '@orgplane/schema';

enum ApiKeyStatusEnum {
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
