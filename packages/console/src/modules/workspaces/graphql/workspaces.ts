import { graphql } from '@orgplane/schema/generated';

/** A page of the organization's workspaces, oldest first. */
export const WorkspacesQuery = graphql(`
  query Workspaces($first: Int!, $after: String) {
    workspaces(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          slug
          description
          restricted
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
`);

/** One workspace with its details. */
export const WorkspaceQuery = graphql(`
  query Workspace($id: ID!) {
    workspace(id: $id) {
      id
      name
      slug
      description
      restricted
      environmentCount
      createdAt
      updatedAt
    }
  }
`);

/** Creates a workspace; the slug is made from the name when left out. */
export const CreateWorkspaceMutation = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      workspace {
        id
        name
        slug
      }
    }
  }
`);

/** Changes a workspace's name, slug or description. */
export const UpdateWorkspaceMutation = graphql(`
  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
    updateWorkspace(input: $input) {
      workspace {
        id
        name
        slug
        description
        updatedAt
      }
    }
  }
`);

/** Deletes a workspace with its environments; `confirmSlug` must be its slug. */
export const DeleteWorkspaceMutation = graphql(`
  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {
    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {
      workspace {
        id
        name
        environmentCount
      }
    }
  }
`);
