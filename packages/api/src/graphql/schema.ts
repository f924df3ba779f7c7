import 'reflect-metadata';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { MODULES } from '../modules/index.ts';
import type { ResolverClass } from '../modules/module.ts';
import { applyAuthorization, mergeRuleMaps, parentGuarded, type RuleMap } from './authorization.ts';
import { applyConflictRetries } from './conflict-retries.ts';

/** Every resolver class of the API, module by module. */
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []) as NonEmptyArray<ResolverClass>;

/** Rules for the types this GraphQL layer defines itself, which every module's connections share. */
const SHARED_RULES: RuleMap = {
  PageInfo: { '*': parentGuarded },
};

/** Every module's authorization rules, merged; a field given two rules throws. */
export const RULES: RuleMap = mergeRuleMaps([SHARED_RULES, ...MODULES.map((module) => module.rules ?? {})]);

/**
 * GraphQL refuses unknown input fields and wrong types itself, and type-graphql hands
 * class-validator instances of the input classes; inputs without constraints are fine.
 */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Checks one resolver argument's class-validator constraints, as type-graphql's own validation
 * would, with class-validator imported once: type-graphql's default imports it on every argument
 * of every request (`await import`), a measurable share of a read's CPU.
 */
async function validateArgument(value: unknown): Promise<void> {
  if (!validatable(value)) return;
  try {
    if (Array.isArray(value)) {
      await Promise.all(value.filter(validatable).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    } else {
      await validateOrReject(value, VALIDATOR_OPTIONS);
    }
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/**
 * type-graphql requires a PubSub once a schema has subscriptions, for those declared with topics.
 * Ours declare their own `subscribe` (a feed from PostgreSQL LISTEN/NOTIFY, shared by every API
 * process), so topics are refused.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('Subscriptions here declare their own subscribe; topics are not used.');
  },
  subscribe() {
    throw new Error('Subscriptions here declare their own subscribe; topics are not used.');
  },
};

/** The schema as type-graphql builds it, before authorization: what `schema.graphql` prints. */
export async function buildBareSchema(resolvers: NonEmptyArray<ResolverClass> = RESOLVERS): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validateFn: validateArgument,
    pubSub: NO_TOPICS,
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
