import { useMutation } from '@apollo/client/react';
import type {
  OrganizationSettingsFieldsFragment,
  UpdateOrganizationSettingsInput,
} from '@orgplane/schema/generated/graphql';
import { useCallback } from 'react';
import { UpdateOrganizationSettingsMutation } from '../graphql/organizationSettings.ts';

/**
 * Saves settings sections (each sent replaces that section as a whole) and answers with the
 * organization as saved; the cache then updates every view of it, the console's frame included.
 */
export function useUpdateSettings() {
  const [update] = useMutation(UpdateOrganizationSettingsMutation);
  return useCallback(
    async (input: UpdateOrganizationSettingsInput): Promise<OrganizationSettingsFieldsFragment | null> => {
      const { data } = await update({ variables: { input } });
      return data?.updateOrganizationSettings?.organization ?? null;
    },
    [update],
  );
}
