import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver.ts';
import { apiKeyRules } from '../modules/api-keys/api-key.rules.ts';
import { AuditResolver } from '../modules/audit/audit.resolver.ts';
import { CatalogResolver } from '../modules/catalog/catalog.resolver.ts';
import { InvitationResolver } from '../modules/invitations/invitation.resolver.ts';
import { MemberResolver } from '../modules/members/member.resolver.ts';
import { memberRules } from '../modules/members/member.rules.ts';
import { OrganizationLifecycleResolver } from '../modules/organizations/organization-lifecycle.resolver.ts';
import { OrganizationResolver } from '../modules/organizations/organization.resolver.ts';
import { organizationRules } from '../modules/organizations/organization.rules.ts';
import { AccountResolver } from '../modules/users/account.resolver.ts';
import { catalogRules } from '../modules/catalog/catalog.rules.ts';
import { mailRules } from '../modules/mail/mail.rules.ts';
import { MailboxResolver } from '../modules/mail/mailbox.resolver.ts';
import { IdentityResolver } from '../modules/users/identity.resolver.ts';
import { identityRules } from '../modules/users/identity.rules.ts';
import { ViewerResolver } from '../modules/users/viewer.resolver.ts';
import { WorkspaceResolver } from '../modules/workspaces/workspace.resolver.ts';
import { workspaceRules } from '../modules/workspaces/workspace.rules.ts';
import { applyAuthorization, mergeRuleMaps, type RuleMap } from './authorization.ts';
import { applyConflictRetries } from './conflict-retries.ts';

/** A resolver class, as type-graphql takes it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver list type
type ResolverClass = Function;

/** Every resolver class of the API. */
export const RESOLVERS: NonEmptyArray<ResolverClass> = [
  CatalogResolver,
  ViewerResolver,
  IdentityResolver,
  AccountResolver,
  MailboxResolver,
  MemberResolver,
  InvitationResolver,
  AuditResolver,
  OrganizationResolver,
  OrganizationLifecycleResolver,
  WorkspaceResolver,
  ApiKeyResolver,
];

/** Every module's authorization rules, merged. */
export const RULES: RuleMap = mergeRuleMaps([
  catalogRules,
  identityRules,
  mailRules,
  memberRules,
  organizationRules,
  workspaceRules,
  apiKeyRules,
]);

/** The schema as type-graphql builds it, before authorization: what `schema.graphql` prints. */
export async function buildBareSchema(resolvers: NonEmptyArray<ResolverClass> = RESOLVERS): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // GraphQL refuses unknown input fields and wrong types itself, and type-graphql hands
    // class-validator instances of the input classes; inputs without constraints are fine.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return describeRootTypes(schema);
}

const ROOT_DESCRIPTIONS = {
  query: 'Reads. Tenant-scoped fields act on the organization named by the `x-tenant-id` header.',
  mutation:
    'Changes. Each takes one `input` argument and returns a payload type; a refused change answers null with its error.',
} as const;

// type-graphql cannot describe the root types; every type in the published schema has a description.
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) =>
    type ? new GraphQLObjectType({ ...type.toConfig(), description }) : undefined;
  const query = describe(config.query, ROOT_DESCRIPTIONS.query);
  const mutation = describe(config.mutation, ROOT_DESCRIPTIONS.mutation);
  const replaced = new Set([config.query, config.mutation]);
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.filter((type) => !replaced.has(type as GraphQLObjectType)),
  });
}

/**
 * The executable schema: every field guarded by its rule, anything else denied; mutations run
 * again after a serialization failure or deadlock.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  return applyConflictRetries(applyAuthorization(await buildBareSchema(), RULES));
}
