import { graphql } from '@orgplane/schema/generated';

/** A page of the organization's invitations, newest first. */
export const InvitationsQuery = graphql(`
  query Invitations($first: Int!, $after: String, $filter: InvitationFilterInput) {
    invitations(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          email
          role
          status
          creditLimit
          invitedByName
          createdAt
          expiresAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Invites many addresses at once; one result (an invitation or an error) per address, in order. */
export const InviteMembersMutation = graphql(`
  mutation InviteMembers($invitations: [InviteMemberInput!]!) {
    inviteMembers(input: { invitations: $invitations }) {
      results {
        email
        invitation {
          id
          email
          role
          status
        }
        error {
          code
          message
        }
      }
    }
  }
`);

/** A fresh link with a new 7-day expiry; the previous link stops working. */
export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($invitationId: ID!) {
    resendInvitation(input: { invitationId: $invitationId }) {
      invitation {
        id
        email
        status
        expiresAt
      }
    }
  }
`);

/** Cancels a pending invitation; its link stops working. */
export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(input: { invitationId: $invitationId }) {
      invitation {
        id
        status
      }
    }
  }
`);
