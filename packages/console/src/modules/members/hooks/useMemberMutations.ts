import { useMutation } from '@apollo/client/react';
import { ViewerAbilitiesQuery } from '../../organizations/graphql/viewerAbilities.ts';
import { ViewerOrganizationsQuery } from '../../organizations/graphql/viewerOrganizations.ts';
import {
  ArchiveMemberMutation,
  ChangeMemberRoleMutation,
  MembersQuery,
  ReactivateMemberMutation,
  SendMemberPasswordResetMutation,
  SetMemberCreditLimitMutation,
} from '../graphql/members.ts';
import { TransferOwnershipMutation } from '../graphql/transferOwnership.ts';

/** A change that moves members between the list's filters: the list on screen is asked again before the dialog closes. */
const REFETCH_MEMBERS = { refetchQueries: [MembersQuery], awaitRefetchQueries: true };

/** Gives an active member another role (never owner). */
export function useChangeMemberRole() {
  return useMutation(ChangeMemberRoleMutation, REFETCH_MEMBERS);
}

/** Sets how many credits a member may use. */
export function useSetMemberCreditLimit() {
  return useMutation(SetMemberCreditLimitMutation, REFETCH_MEMBERS);
}

/** Removes a member's access at once. */
export function useArchiveMember() {
  return useMutation(ArchiveMemberMutation, REFETCH_MEMBERS);
}

/** Restores an archived member with the role they had. */
export function useReactivateMember() {
  return useMutation(ReactivateMemberMutation, REFETCH_MEMBERS);
}

/** Emails an active member a link to choose a new password (nothing on screen changes). */
export function useSendMemberPasswordReset() {
  return useMutation(SendMemberPasswordResetMutation);
}

/**
 * Hands the organization to an admin. Roles change on both sides, and so do the person's own
 * abilities and their role in the switcher: those are asked again before the dialog closes.
 */
export function useTransferOwnership() {
  return useMutation(TransferOwnershipMutation, {
    refetchQueries: [MembersQuery, ViewerAbilitiesQuery, ViewerOrganizationsQuery],
    awaitRefetchQueries: true,
  });
}
