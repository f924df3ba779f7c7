import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { FieldError } from '@orgplane/schema';
import type { Logger } from 'pino';
import { ValidationFailedError } from '../domain-error.ts';

/**
 * How large and complex one request may be. The schema has no cycles (its deepest valid query is
 * 7 levels), so depth mainly bounds introspection. Cost counts fields after flattening fragments,
 * so one fragment spread many times costs what it expands to; a literal `first` multiplies the
 * cost of its connection (the console's costliest document, the switcher's `first: 100`, costs
 * about 7,000). `query-limits.test.ts` checks every console document against these.
 */
export const QUERY_LIMITS = {
  depth: 12,
  cost: 20_000,
  aliases: 15,
  directives: 20,
  tokens: 2000,
  /** The largest `first` of any connection (documented on the argument, also checked by `PageArgs`). */
  pageSize: 100,
} as const;

/** What the caller is told: never which limit or its value. */
const REFUSED = 'The request is too large or too complex.';

/** graphql-js's refusal of a document with more than `maxTokens` tokens (it names the limit; "more that" is its wording). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens\b/;

/** How deep a variable's value is searched for NUL characters; no input type of the schema nests deeper. */
const MAX_VALUE_DEPTH = 32;

/**
 * Checks the arguments of the operation once it is resolved, before any resolver runs, whether
 * written in the document or passed as variables: `first` above the page size (public, so plain
 * bad input at `first`), and a NUL character in any string, which PostgreSQL cannot store in
 * text (`must not contain the NUL character` at the field's path, relative to `input`). Both
 * answer VALIDATION_FAILED with HTTP 400.
 */
function argumentChecks(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const found = argumentProblems(document, operation, request.variables ?? {});
          // The same variable or page size can appear in several arguments: each field once.
          const problems = [
            ...new Map(found.map((problem) => [`${problem.path}:${problem.message}`, problem])).values(),
          ];
          if (problems.length) {
            throw new GraphQLError(problems[0]!.message, {
              originalError: new ValidationFailedError(problems),
              extensions: { http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * What the argument checks need from one document, found in one walk: the problems its literals
 * already have, and every variable an argument reads, with where. Apollo Server hands back the
 * same parsed document for a repeated query, so each document is walked once, not per request.
 */
interface ArgumentPlan {
  readonly literalProblems: readonly FieldError[];
  readonly variableUses: ReadonlyArray<{
    readonly variable: string;
    readonly path: readonly string[];
    readonly depth: number;
    /** Whether the variable is a `first` argument itself, subject to the page size. */
    readonly pageSize: boolean;
  }>;
}

const argumentPlans = new WeakMap<DocumentNode, ArgumentPlan>();

function argumentPlanOf(document: DocumentNode): ArgumentPlan {
  const cached = argumentPlans.get(document);
  if (cached) return cached;
  const literalProblems: FieldError[] = [];
  const variableUses: Array<ArgumentPlan['variableUses'][number]> = [];
  const walk = (node: ValueNode, path: readonly string[], depth: number, pageSize: boolean): void => {
    if (node.kind === Kind.VARIABLE) {
      variableUses.push({ variable: node.name.value, path, depth, pageSize });
    } else if (node.kind === Kind.INT && pageSize) {
      if (Number(node.value) > QUERY_LIMITS.pageSize) literalProblems.push(PAGE_SIZE_PROBLEM);
    } else if (node.kind === Kind.STRING) {
      if (node.value.includes('\u0000')) literalProblems.push({ path: fieldPath(path), message: NUL_MESSAGE });
    } else if (node.kind === Kind.LIST && depth < MAX_VALUE_DEPTH) {
      node.values.forEach((item, index) => walk(item, [...path, String(index)], depth + 1, false));
    } else if (node.kind === Kind.OBJECT && depth < MAX_VALUE_DEPTH) {
      for (const field of node.fields) walk(field.value, [...path, field.name.value], depth + 1, false);
    }
  };
  visit(document, {
    Argument(node) {
      walk(node.value, [node.name.value], 0, node.name.value === 'first');
    },
  });
  const plan = { literalProblems, variableUses };
  argumentPlans.set(document, plan);
  return plan;
}

function argumentProblems(
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): FieldError[] {
  const plan = argumentPlanOf(document);
  const problems = [...plan.literalProblems];
  const checkJson = (value: unknown, path: readonly string[], depth: number): void => {
    if (typeof value === 'string') {
      if (value.includes('\u0000')) problems.push({ path: fieldPath(path), message: NUL_MESSAGE });
    } else if (value !== null && typeof value === 'object' && depth < MAX_VALUE_DEPTH) {
      for (const [key, item] of Object.entries(value)) checkJson(item, [...path, key], depth + 1);
    }
  };
  // A variable left out takes its default, which is a literal of this operation: checked as one.
  const checkDefault = (node: ValueNode, path: readonly string[], depth: number): void => {
    if (node.kind === Kind.STRING) {
      if (node.value.includes('\u0000')) problems.push({ path: fieldPath(path), message: NUL_MESSAGE });
    } else if (node.kind === Kind.LIST && depth < MAX_VALUE_DEPTH) {
      node.values.forEach((item, index) => checkDefault(item, [...path, String(index)], depth + 1));
    } else if (node.kind === Kind.OBJECT && depth < MAX_VALUE_DEPTH) {
      for (const field of node.fields) checkDefault(field.value, [...path, field.name.value], depth + 1);
    }
  };
  for (const use of plan.variableUses) {
    const value = variables[use.variable];
    if (use.pageSize && typeof value === 'number' && value > QUERY_LIMITS.pageSize) problems.push(PAGE_SIZE_PROBLEM);
    if (value !== undefined) {
      checkJson(value, use.path, use.depth);
    } else {
      const fallback = operation?.variableDefinitions?.find(
        (definition) => definition.variable.name.value === use.variable,
      )?.defaultValue;
      if (fallback) checkDefault(fallback, use.path, use.depth);
    }
  }
  return problems;
}

const PAGE_SIZE_PROBLEM: FieldError = { path: 'first', message: `must be at most ${QUERY_LIMITS.pageSize}` };
const NUL_MESSAGE = 'must not contain the NUL character';

/** A field path as VALIDATION_FAILED reports it: dotted, relative to the `input` argument. */
function fieldPath(path: readonly string[]): string {
  return (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');
}

/**
 * graphql-js refuses an oversized document while parsing (`parseOptions.maxTokens`), before
 * reading all of it, as a syntax error that names the limit: it becomes the same refusal as the
 * other limits (400, GRAPHQL_VALIDATION_FAILED, one message).
 */
function tokenLimitRefusal(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.extensions.code !== 'GRAPHQL_PARSE_FAILED' || !TOO_MANY_TOKENS.test(error.message)) continue;
            logger.info({ reason: error.message }, 'query refused');
            error.message = REFUSED;
            error.extensions.code = 'GRAPHQL_VALIDATION_FAILED';
          }
        },
      };
    },
  };
}

/**
 * Query shape limits for Apollo Server: depth, cost, aliases and directives through
 * GraphQL Armor at validation, tokens while parsing, all before any resolver runs and answered
 * 400 GRAPHQL_VALIDATION_FAILED with one message that names no limit (the reason is logged at
 * info); the page size and NUL characters in arguments (`argumentChecks`); no batched HTTP
 * requests; and, in production, no field suggestions.
 */
export function queryShapeLimits(options: { production: boolean; logger: Logger }): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
} {
  const onReject = [
    (_context: unknown, error: GraphQLError) => options.logger.info({ reason: error.message }, 'query refused'),
  ];
  const common = { exposeLimits: false, errorMessage: REFUSED, onReject };
  const armor = new ApolloArmor({
    maxDepth: { ...common, n: QUERY_LIMITS.depth, ignoreIntrospection: false, flattenFragments: true },
    costLimit: { ...common, maxCost: QUERY_LIMITS.cost, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { ...common, n: QUERY_LIMITS.aliases },
    maxDirectives: { ...common, n: QUERY_LIMITS.directives },
    // Armor's token limit parses the document a second time in a hook whose refusal Apollo answers
    // with HTTP 500; graphql-js counts tokens in the one parse instead (`parseOptions`).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, tokenLimitRefusal(options.logger), argumentChecks()],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    allowBatchedHttpRequests: false,
  };
}
