import { useMutation } from '@apollo/client/react';
import {
  AddWorkspaceMemberMutation,
  RemoveWorkspaceMemberMutation,
  SetWorkspaceRestrictedMutation,
  WorkspaceMembersQuery,
} from '../graphql/workspaceAccess.ts';
import {
  CreateWorkspaceMutation,
  DeleteWorkspaceMutation,
  UpdateWorkspaceMutation,
  WorkspacesQuery,
} from '../graphql/workspaces.ts';

/** A new workspace; the workspace list is asked again, so it is there on the way back. */
export function useCreateWorkspace() {
  return useMutation(CreateWorkspaceMutation, { refetchQueries: [WorkspacesQuery] });
}

/** Renames a workspace or changes its slug or description (the answer updates the cache). */
export function useUpdateWorkspace() {
  return useMutation(UpdateWorkspaceMutation);
}

/** Deletes a workspace with its environments. */
export function useDeleteWorkspace() {
  return useMutation(DeleteWorkspaceMutation);
}

/** Restricts a workspace to its assigned members, or opens it again (the answer updates the cache). */
export function useSetWorkspaceRestricted() {
  return useMutation(SetWorkspaceRestrictedMutation);
}

/** The assigned members on screen are asked again before the dialog closes. */
const REFETCH_ASSIGNED = { refetchQueries: [WorkspaceMembersQuery], awaitRefetchQueries: true };

/** Assigns a member to a workspace. */
export function useAddWorkspaceMember() {
  return useMutation(AddWorkspaceMemberMutation, REFETCH_ASSIGNED);
}

/** Removes a member's assignment to a workspace. */
export function useRemoveWorkspaceMember() {
  return useMutation(RemoveWorkspaceMemberMutation, REFETCH_ASSIGNED);
}
