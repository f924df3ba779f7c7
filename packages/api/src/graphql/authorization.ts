import {
  defaultFieldResolver,
  isIntrospectionType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { applyMiddlewareToDeclaredResolvers } from 'graphql-middleware';
import { deny, rule, shield } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import type { AbilityId } from '@orgplane/schema';
import type { Context } from './context.ts';
import { DomainError } from '../domain-error.ts';

/** A module's slice of the authorization rules: type name → field name (or `*`) → rule. */
export type RuleMap = Readonly<Record<string, Readonly<Record<string, IRule>>>>;

/** What a rule demands, so tests can derive the expected outcome of every operation. */
export type RuleDescription =
  | { readonly kind: 'public' }
  | { readonly kind: 'parentGuarded' }
  | { readonly kind: 'signedIn' }
  | { readonly kind: 'ability'; readonly ability: AbilityId }
  | { readonly kind: 'condition'; readonly name: string };

const descriptions = new WeakMap<IRule, RuleDescription>();

/** Records what a rule demands; every rule the API uses is described. */
export function described<T extends IRule>(target: T, description: RuleDescription): T {
  descriptions.set(target, description);
  return target;
}

/** What a rule demands, or undefined for a rule nobody described. */
export function describeRule(target: IRule | undefined): RuleDescription | undefined {
  return target && descriptions.get(target);
}

/** Deliberately open to everyone, signed in or not (public root fields only). */
export const publicAccess = described(
  rule('publicAccess')(() => true),
  { kind: 'public' },
);

/**
 * For fields that resolve from their parent object and reveal nothing beyond it: the field that
 * returned the parent already checked access. These fields are left unwrapped, which keeps
 * authorization nearly free on large lists; sensitive fields take an ability rule instead and
 * are wrapped even when default-resolved.
 */
export const parentGuarded = described(
  rule('parentGuarded')(() => true),
  { kind: 'parentGuarded' },
);

/** A signed-in caller, in any tenant or none. */
export const signedIn = described(
  rule('signedIn', { cache: 'contextual' })((_parent, _args, context: Context) =>
    context.viewer ? true : new DomainError('UNAUTHENTICATED'),
  ),
  { kind: 'signedIn' },
);

const abilityRules = new Map<AbilityId, IRule>();

/**
 * Whether the caller may use `ability` in this request: true, or the error to answer. Denials
 * answer `FORBIDDEN` naming the ability and are logged as policy decisions; in a suspended
 * organization, mutations answer `ORG_SUSPENDED` (billing excepted).
 */
function abilityDecision(ability: AbilityId, context: Context, parentTypeName: string): true | DomainError {
  if (!context.viewer && !context.apiKey) return new DomainError('UNAUTHENTICATED');
  if (!context.tenant) return new DomainError('TENANT_NOT_FOUND');
  if (context.tenant.status === 'suspended' && parentTypeName === 'Mutation' && !ability.startsWith('billing.')) {
    return new DomainError('ORG_SUSPENDED');
  }
  if (context.tenant.abilities.has(ability)) return true;
  context.logger.info(
    {
      policy: {
        decision: 'deny',
        ability,
        role: context.tenant.role,
        apiKey: context.apiKey?.id,
        orgId: context.tenant.orgId,
      },
    },
    'policy decision',
  );
  return new DomainError('FORBIDDEN', { extensions: { ability } });
}

/** The caller's role in the current tenant holds `ability` (from the shared catalog); see `abilityDecision`. */
export function can(ability: AbilityId): IRule {
  let existing = abilityRules.get(ability);
  if (!existing) {
    existing = rule(`can:${ability}`, { cache: 'contextual' })((_parent, _args, context: Context, info) =>
      abilityDecision(ability, context, info.parentType.name),
    );
    described(existing, { kind: 'ability', ability });
    abilityRules.set(ability, existing);
  }
  return existing;
}

/** Merges modules' rule slices; a field given two rules is a programming error. */
export function mergeRuleMaps(maps: readonly RuleMap[]): RuleMap {
  const merged: Record<string, Record<string, IRule>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const target = (merged[typeName] ??= {});
      for (const [fieldName, fieldRule] of Object.entries(fields)) {
        if (target[fieldName]) throw new Error(`Two rules for ${typeName}.${fieldName}`);
        target[fieldName] = fieldRule;
      }
    }
  }
  return merged;
}

/** The rule that applies to one field: its own, else its type's `*`, else none (denied). */
export function ruleFor(rules: RuleMap, typeName: string, fieldName: string): IRule | undefined {
  const typeRules = rules[typeName];
  return typeRules?.[fieldName] ?? typeRules?.['*'];
}

/** Every `Type.field` of the schema's object types that no rule covers. */
export function uncoveredFields(schema: GraphQLSchema, rules: RuleMap): string[] {
  return objectFields(schema)
    .filter(({ typeName, fieldName }) => !ruleFor(rules, typeName, fieldName))
    .map(({ typeName, fieldName }) => `${typeName}.${fieldName}`);
}

/** Rules naming a type or field the schema does not have: stale entries that guard nothing. */
export function staleRules(schema: GraphQLSchema, rules: RuleMap): string[] {
  const stale: string[] = [];
  for (const [typeName, fields] of Object.entries(rules)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      stale.push(typeName);
      continue;
    }
    for (const fieldName of Object.keys(fields)) {
      if (fieldName !== '*' && !type.getFields()[fieldName]) stale.push(`${typeName}.${fieldName}`);
    }
  }
  return stale;
}

/**
 * Applies the rules with graphql-shield (fallback deny). Every field is wrapped by its rule
 * except those whose rule is `parentGuarded`; in particular a field with no rule at all gets a
 * resolver so that the fallback denies it, even when it would be default-resolved.
 *
 * Ability rules on fields below the root (sensitive fields such as emails, on every row of a
 * list) are checked by a synchronous wrapper with the same decision instead: graphql-shield's
 * middleware is asynchronous, and a promise per row makes every object of a list asynchronous.
 */
export function applyAuthorization(schema: GraphQLSchema, rules: RuleMap): GraphQLSchema {
  const tree: Record<string, Record<string, IRule>> = {};
  const rowChecks: Array<{ typeName: string; fieldName: string; ability: AbilityId }> = [];
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  for (const { typeName, fieldName, field } of objectFields(schema)) {
    let fieldRule = ruleFor(rules, typeName, fieldName);
    const description = describeRule(fieldRule);
    if (description?.kind === 'ability' && !roots.has(typeName)) {
      rowChecks.push({ typeName, fieldName, ability: description.ability });
      fieldRule = parentGuarded;
    }
    if (fieldRule) (tree[typeName] ??= {})[fieldName] = fieldRule;
    if (fieldRule !== parentGuarded) field.resolve ??= resolveFromParent;
  }
  const middleware = shield(tree, {
    fallbackRule: deny,
    fallbackError: () => new DomainError('FORBIDDEN'),
    allowExternalErrors: true,
    debug: false,
  });
  const guarded = applyMiddlewareToDeclaredResolvers(schema, middleware);
  for (const { typeName, fieldName, ability } of rowChecks) {
    const type = guarded.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`No field ${typeName}.${fieldName} to guard`);
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: Context, info) => {
      const decision = abilityDecision(ability, context, typeName);
      if (decision !== true) throw decision;
      return resolve(source, args, context, info);
    };
  }
  return guarded;
}

const resolveFromParent: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) =>
  defaultFieldResolver(source, args, context, info);

function objectFields(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !isIntrospectionType(type))
    .flatMap((type) =>
      Object.entries(type.getFields()).map(([fieldName, field]) => ({ typeName: type.name, fieldName, field })),
    );
}
