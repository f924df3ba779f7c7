import { useMutation } from '@apollo/client/react';
import {
  ClearEnvironmentCredentialsMutation,
  CreateEnvironmentMutation,
  DeleteEnvironmentMutation,
  EnvironmentsQuery,
  SetEnvironmentCredentialsMutation,
  UpdateEnvironmentMutation,
} from '../graphql/environments.ts';
import { WorkspaceQuery } from '../graphql/workspaces.ts';

/** The environment list and the workspace (which counts them) are asked again before the dialog closes. */
const REFETCH_ENVIRONMENTS = { refetchQueries: [EnvironmentsQuery, WorkspaceQuery], awaitRefetchQueries: true };

/** A new environment in a workspace. */
export function useCreateEnvironment() {
  return useMutation(CreateEnvironmentMutation, REFETCH_ENVIRONMENTS);
}

/** Changes an environment's name, tier, host or execution settings. */
export function useUpdateEnvironment() {
  return useMutation(UpdateEnvironmentMutation, REFETCH_ENVIRONMENTS);
}

/** Deletes an environment with its credentials. */
export function useDeleteEnvironment() {
  return useMutation(DeleteEnvironmentMutation, REFETCH_ENVIRONMENTS);
}

/**
 * Credentials are write-only: the answer stays out of the cache, and the list is asked again for
 * the new status (configured, when, fingerprint).
 */
const CREDENTIALS = {
  fetchPolicy: 'no-cache' as const,
  refetchQueries: [EnvironmentsQuery],
  awaitRefetchQueries: true,
};

/** Stores new cloud credentials for an environment. */
export function useSetEnvironmentCredentials() {
  return useMutation(SetEnvironmentCredentialsMutation, CREDENTIALS);
}

/** Forgets an environment's cloud credentials. */
export function useClearEnvironmentCredentials() {
  return useMutation(ClearEnvironmentCredentialsMutation, CREDENTIALS);
}
