import { graphql } from '@orgplane/schema/generated';

/** The active admins: the only members ownership can go to. */
export const TransferCandidatesQuery = graphql(`
  query TransferCandidates {
    members(first: 100, filter: { status: ACTIVE, role: ADMIN }, orderBy: { field: DISPLAY_NAME, direction: ASC }) {
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

/** Makes an active admin the owner; the current owner becomes an admin. */
export const TransferOwnershipMutation = graphql(`
  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {
    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {
      previousOwner {
        id
        role
      }
      newOwner {
        id
        role
        user {
          id
          displayName
        }
      }
    }
  }
`);
