import { useMutation } from '@apollo/client/react';
import {
  ArchiveOrganizationMutation,
  ArchivedOrganizationsQuery,
  CreateOrganizationMutation,
  RestoreOrganizationMutation,
} from '../graphql/organizationLifecycle.ts';
import { RenameOrganizationMutation } from '../graphql/organizationSettings.ts';
import { DismissBannerMutation } from '../graphql/organizationShell.ts';
import { ViewerAbilitiesQuery } from '../graphql/viewerAbilities.ts';
import { ViewerOrganizationsQuery } from '../graphql/viewerOrganizations.ts';

/** A new organization; the switcher must know it before the tab switches to it. */
export function useCreateOrganization() {
  return useMutation(CreateOrganizationMutation, {
    refetchQueries: [ViewerOrganizationsQuery],
    awaitRefetchQueries: true,
  });
}

/** Renames the organization or changes its URL; the switcher and the abilities answer name it too. */
export function useRenameOrganization() {
  return useMutation(RenameOrganizationMutation, { refetchQueries: [ViewerOrganizationsQuery, ViewerAbilitiesQuery] });
}

/** Archives the organization (the caller leaves it before anything asks it again). */
export function useArchiveOrganization() {
  return useMutation(ArchiveOrganizationMutation);
}

/** Brings an archived organization back: it moves from the archived list into the switcher. */
export function useRestoreOrganization() {
  return useMutation(RestoreOrganizationMutation, {
    refetchQueries: [ViewerOrganizationsQuery, ArchivedOrganizationsQuery],
    awaitRefetchQueries: true,
  });
}

/** Hides the organization's banner for this person (the answer updates the cache). */
export function useDismissBanner() {
  return useMutation(DismissBannerMutation);
}
