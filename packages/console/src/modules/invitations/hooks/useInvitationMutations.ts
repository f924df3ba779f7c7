import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ViewerOrganizationsQuery } from '../../organizations/graphql/viewerOrganizations.ts';
import { AcceptInvitationMutation } from '../graphql/invitationAcceptance.ts';
import {
  InvitationsQuery,
  InviteMembersMutation,
  ResendInvitationMutation,
  RevokeInvitationMutation,
} from '../graphql/invitations.ts';

/** The invitation list on screen is asked again before the action reports back. */
const REFETCH_INVITATIONS = { refetchQueries: [InvitationsQuery], awaitRefetchQueries: true };

/** Invites several addresses at once. */
export function useInviteMembers() {
  return useMutation(InviteMembersMutation, REFETCH_INVITATIONS);
}

/** Sends a fresh link; the old one stops working. */
export function useResendInvitation() {
  return useMutation(ResendInvitationMutation, REFETCH_INVITATIONS);
}

/** Withdraws a pending invitation. */
export function useRevokeInvitation() {
  return useMutation(RevokeInvitationMutation, REFETCH_INVITATIONS);
}

/**
 * Joins the organization of an invitation, and resolves with its id once the person's
 * organizations are asked again: the switcher must know the new organization before the tab
 * opens it. Null when the API answered without a membership.
 */
export function useAcceptInvitation() {
  const client = useApolloClient();
  const [accept] = useMutation(AcceptInvitationMutation);
  return useCallback(
    async (token: string): Promise<string | null> => {
      const { data } = await accept({ variables: { token } });
      const joined = data?.acceptInvitation;
      if (!joined) return null;
      await client.refetchQueries({ include: [ViewerOrganizationsQuery] });
      return joined.organizationId;
    },
    [accept, client],
  );
}
