import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * Sends GraphQL to an API over HTTP, for the in-process test API (api.ts) and the API as its own
 * process (api-process.ts). It imports nothing of the server: the console's browser tests use it.
 */

/** The answer to one GraphQL request. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

type Headers = Record<string, string>;

/** Variables may be left out only when the operation requires none. */
type RequestArguments<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, headers?: Headers]
    : [variables: TVariables, headers?: Headers];

export interface GraphQLClient {
  /**
   * Sends a typed document written with `graphql()` from test/generated (codegen checks it
   * against the schema): variables and data are typed by the operation.
   */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables, headers]: RequestArguments<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  /** POSTs a query string as it is: for documents codegen would refuse (malformed, fuzzed, built at run time). */
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Headers,
  ): Promise<GraphQLResponse<TData>>;
}

const printed = new WeakMap<object, string>();

/** A client for the API at `url` (its origin; requests go to `/graphql`). */
export function graphqlClient(url: string): GraphQLClient {
  async function graphql<TData>(query: string, variables?: unknown, headers?: Headers) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<TData>;
  }
  return {
    graphql,
    request(document, ...[variables, headers]) {
      let query = printed.get(document);
      if (query === undefined) printed.set(document, (query = print(document)));
      return graphql(query, variables, headers);
    },
  };
}
