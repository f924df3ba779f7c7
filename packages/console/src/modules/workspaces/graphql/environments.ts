import { graphql } from '@orgplane/schema/generated';

// `credentials` needs `environments.viewCredentialStatus`; a role without it would fail the whole
// query, so every document selects it only `@include(if: $withCredentials)`.

/** A page of a workspace's environments, oldest first. */
export const EnvironmentsQuery = graphql(`
  query Environments($workspaceId: ID!, $first: Int!, $after: String, $withCredentials: Boolean!) {
    environments(workspaceId: $workspaceId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          workspaceId
          name
          slug
          tier
          deploymentHost
          executionSettings
          updatedAt
          credentials @include(if: $withCredentials) {
            configured
            updatedAt
            fingerprint
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Adds an environment to a workspace. */
export const CreateEnvironmentMutation = graphql(`
  mutation CreateEnvironment($input: CreateEnvironmentInput!) {
    createEnvironment(input: $input) {
      environment {
        id
        name
        slug
      }
    }
  }
`);

/** Changes an environment's name, tier, host or execution settings. */
export const UpdateEnvironmentMutation = graphql(`
  mutation UpdateEnvironment($input: UpdateEnvironmentInput!) {
    updateEnvironment(input: $input) {
      environment {
        id
        name
        tier
        deploymentHost
        executionSettings
        updatedAt
      }
    }
  }
`);

/** Deletes an environment and its credentials. */
export const DeleteEnvironmentMutation = graphql(`
  mutation DeleteEnvironment($environmentId: ID!) {
    deleteEnvironment(input: { environmentId: $environmentId }) {
      environment {
        id
      }
    }
  }
`);

/** Stores cloud credentials, sealed; only their status comes back. */
export const SetEnvironmentCredentialsMutation = graphql(`
  mutation SetEnvironmentCredentials($environmentId: ID!, $credentials: String!, $withCredentials: Boolean!) {
    setEnvironmentCredentials(input: { environmentId: $environmentId, credentials: $credentials }) {
      environment {
        id
        credentials @include(if: $withCredentials) {
          configured
          updatedAt
          fingerprint
        }
      }
    }
  }
`);

/** Removes an environment's cloud credentials. */
export const ClearEnvironmentCredentialsMutation = graphql(`
  mutation ClearEnvironmentCredentials($environmentId: ID!, $withCredentials: Boolean!) {
    clearEnvironmentCredentials(input: { environmentId: $environmentId }) {
      environment {
        id
        credentials @include(if: $withCredentials) {
          configured
          updatedAt
          fingerprint
        }
      }
    }
  }
`);
