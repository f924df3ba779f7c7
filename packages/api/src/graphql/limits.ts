import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, visit, type DocumentNode, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import { ValidationFailedError } from './errors.ts';

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

/**
 * Refuses `first` above the page size once the operation is resolved, before any resolver runs,
 * whether it is written in the document or passed as a variable. The page size is public (the
 * schema documents it), so this is ordinary bad input: VALIDATION_FAILED at `first`.
 */
function pageSizeLimit(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          if (exceedsPageSize(document, request.variables ?? {})) {
            const message = `must be at most ${QUERY_LIMITS.pageSize}`;
            throw new GraphQLError(message, {
              originalError: new ValidationFailedError([{ path: 'first', message }]),
              extensions: { http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function exceedsPageSize(document: DocumentNode, variables: Record<string, unknown>): boolean {
  let exceeded = false;
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'first') return;
      const value =
        node.value.kind === Kind.INT
          ? Number(node.value.value)
          : node.value.kind === Kind.VARIABLE
            ? variables[node.value.name.value]
            : undefined;
      if (typeof value === 'number' && value > QUERY_LIMITS.pageSize) exceeded = true;
    },
  });
  return exceeded;
}

/**
 * Query shape limits (QUALITY 13) for Apollo Server: depth, cost, aliases, directives and tokens
 * through GraphQL Armor, refused at parse or validation time, before any resolver runs; the page
 * size; no batched HTTP requests; and, in production, no field suggestions. Rejections are logged
 * with their reason, and the caller gets one message that names no limit.
 */
export function queryShapeLimits(options: { production: boolean; logger: Logger }): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  allowBatchedHttpRequests: false;
} {
  const onReject = [
    (_context: unknown, error: GraphQLError) => options.logger.warn({ reason: error.message }, 'query refused'),
  ];
  const common = { exposeLimits: false, errorMessage: REFUSED, onReject };
  const armor = new ApolloArmor({
    maxDepth: { ...common, n: QUERY_LIMITS.depth, ignoreIntrospection: false, flattenFragments: true },
    costLimit: { ...common, maxCost: QUERY_LIMITS.cost, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { ...common, n: QUERY_LIMITS.aliases },
    maxDirectives: { ...common, n: QUERY_LIMITS.directives },
    maxTokens: { ...common, n: QUERY_LIMITS.tokens },
    blockFieldSuggestion: { enabled: options.production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, pageSizeLimit()], validationRules, allowBatchedHttpRequests: false };
}
