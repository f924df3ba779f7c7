import { graphql } from '@orgplane/schema/generated';

/** What an invitation link offers, readable before signing in; null for an unknown token. */
export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      organizationName
      inviterName
      role
      expiresAt
      status
    }
  }
`);

/** Joins the organization as the signed-in person, whose email must be the invited one. */
export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(input: { token: $token }) {
      organizationId
      membershipId
    }
  }
`);
