import { graphql } from '@orgplane/schema/generated';

// Who sees a restricted workspace: its assigned members, besides owners and admins. Every
// document here needs `workspaces.manageAccess` (the lists, `members.read`); only the roles that
// hold it render the Access panel.

/** A page of the members assigned to a workspace, by name. */
export const WorkspaceMembersQuery = graphql(`
  query WorkspaceMembers($workspaceId: ID!, $first: Int!, $after: String) {
    members(
      first: $first
      after: $after
      filter: { workspaceId: $workspaceId }
      orderBy: { field: DISPLAY_NAME, direction: ASC }
    ) {
      edges {
        cursor
        node {
          ...MemberSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Active members whose name or email starts with `search`, by name: who may be assigned. */
export const WorkspaceMemberCandidatesQuery = graphql(`
  query WorkspaceMemberCandidates($search: String!, $first: Int!) {
    members(
      first: $first
      filter: { search: $search, status: ACTIVE }
      orderBy: { field: DISPLAY_NAME, direction: ASC }
    ) {
      edges {
        cursor
        node {
          ...MemberSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Restricts a workspace to its assigned members (besides owners and admins), or opens it to every member. */
export const SetWorkspaceRestrictedMutation = graphql(`
  mutation SetWorkspaceRestricted($workspaceId: ID!, $restricted: Boolean!) {
    setWorkspaceRestricted(input: { workspaceId: $workspaceId, restricted: $restricted }) {
      workspace {
        id
        restricted
        updatedAt
      }
    }
  }
`);

/** Assigns an active member who is not an owner or admin; assigning twice changes nothing. */
export const AddWorkspaceMemberMutation = graphql(`
  mutation AddWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {
    addWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {
      workspace {
        id
        restricted
      }
    }
  }
`);

/** Takes a member off a workspace; if it is restricted, they lose sight of it at once. */
export const RemoveWorkspaceMemberMutation = graphql(`
  mutation RemoveWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {
    removeWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {
      workspace {
        id
        restricted
      }
    }
  }
`);
