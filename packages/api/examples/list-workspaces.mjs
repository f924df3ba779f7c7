#!/usr/bin/env node
/**
 * Lists the workspaces of an organization with an API key: the smallest complete API client.
 *
 *   ORGPLANE_API_KEY=opk_… node packages/api/examples/list-workspaces.mjs
 *
 * Environment:
 *   ORGPLANE_API_KEY  the secret shown once when the key was created (required); the key needs
 *                     the `workspaces.read` scope
 *   ORGPLANE_API_URL  where the API runs (default http://127.0.0.1:4000)
 *
 * How it works: the key's secret is exchanged (the public `exchangeApiKey` mutation) for an access
 * token that lives a few minutes, and that token goes in `Authorization: Bearer …`. The token
 * carries the key's organization, so no `x-tenant-id` header is needed. Prints the workspaces as
 * JSON; on failure prints the error code and message to stderr and exits with status 1.
 *
 * Node.js 20 or later; no dependencies.
 */

const apiUrl = (process.env.ORGPLANE_API_URL || 'http://127.0.0.1:4000').replace(/\/+$/, '');
const apiKey = process.env.ORGPLANE_API_KEY;

const EXCHANGE = `
  mutation Exchange($secret: String!) {
    exchangeApiKey(input: { secret: $secret }) {
      accessToken
      expiresAt
      organizationId
    }
  }
`;

const WORKSPACES = `
  query ListWorkspaces($first: Int!) {
    workspaces(first: $first) {
      edges {
        node {
          id
          name
          slug
          description
          environmentCount
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** An error the API answered with, by its stable code (`extensions.code`). */
class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** One GraphQL request; resolves with `data`, rejects with the first error's code and message. */
async function graphql(query, variables, token) {
  let response;
  try {
    response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError('SERVICE_UNAVAILABLE', `Could not reach ${apiUrl}: ${error.cause?.message ?? error.message}`);
  }
  const body = await response.json().catch(() => null);
  const [first] = body?.errors ?? [];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
  if (!response.ok || !body?.data) throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP ${response.status}`);
  return body.data;
}

async function main() {
  if (!apiKey) throw new ApiError('UNAUTHENTICATED', 'Set ORGPLANE_API_KEY to the secret of an API key.');
  const { exchangeApiKey } = await graphql(EXCHANGE, { secret: apiKey });
  const { workspaces } = await graphql(WORKSPACES, { first: 20 }, exchangeApiKey.accessToken);
  const result = {
    organizationId: exchangeApiKey.organizationId,
    workspaces: workspaces.edges.map((edge) => edge.node),
    hasMore: workspaces.pageInfo.hasNextPage,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error) => {
  const code = error instanceof ApiError ? error.code : 'INTERNAL_SERVER_ERROR';
  process.stderr.write(`${code}: ${error.message}\n`);
  process.exitCode = 1;
});
