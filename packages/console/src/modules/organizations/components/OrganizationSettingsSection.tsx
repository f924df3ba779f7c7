import { useQuery } from '@apollo/client/react';
import type { Role } from '@orgplane/schema/generated/graphql';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useTenant } from '../../auth/hooks/useSession.ts';
import { OrganizationSettingsQuery } from '../graphql/organizationSettings.ts';
import type { SettingsSectionId } from '../utils/settingsSections.ts';
import { ArchiveOrganizationSection } from './ArchiveOrganizationSection.tsx';
import { BannerSettingsForm } from './BannerSettingsForm.tsx';
import { BrandingSettingsForm } from './BrandingSettingsForm.tsx';
import { GeneralSettingsForm } from './GeneralSettingsForm.tsx';
import { ReadOnlyNotice } from './ReadOnlyNotice.tsx';
import { RenameOrganizationForm } from './RenameOrganizationForm.tsx';
import { SecuritySettingsForm } from './SecuritySettingsForm.tsx';
import { TracingSettingsForm } from './TracingSettingsForm.tsx';

interface OrganizationSettingsSectionProps {
  readonly section: SettingsSectionId;
  readonly role: Role | null;
  /** `organization.updateSettings`: every section's fields. */
  readonly canEdit: boolean;
  /** `organization.rename`: the name and slug. */
  readonly canRename: boolean;
  /** `organization.delete`: the danger zone. */
  readonly canDelete: boolean;
}

/**
 * One section of this tab's organization's settings, read from the one settings query. Roles
 * that may not change settings see the fields disabled, with why.
 */
export function OrganizationSettingsSection({
  section,
  role,
  canEdit,
  canRename,
  canDelete,
}: OrganizationSettingsSectionProps) {
  const { tenantId } = useTenant();
  const { data, error, refetch } = useQuery(OrganizationSettingsQuery);
  const organization = data?.organization.id === tenantId ? data.organization : null;

  if (!organization) {
    return error ? (
      <ErrorState
        error={error}
        title="Could not load the organization’s settings"
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <LoadingState label="Loading settings…" />
    );
  }

  const props = { organization, canEdit } as const;
  let forms;
  if (section === 'general') {
    forms = (
      <>
        <RenameOrganizationForm organization={organization} canRename={canRename} />
        <GeneralSettingsForm {...props} />
        {canDelete ? <ArchiveOrganizationSection organization={organization} /> : null}
      </>
    );
  } else if (section === 'branding') forms = <BrandingSettingsForm {...props} />;
  else if (section === 'security') forms = <SecuritySettingsForm {...props} />;
  else if (section === 'banner') forms = <BannerSettingsForm {...props} />;
  else forms = <TracingSettingsForm {...props} />;

  // Keyed by organization: switching organizations starts the forms afresh.
  return (
    <div className="stack" key={organization.id}>
      {canEdit ? null : <ReadOnlyNotice role={role} />}
      {forms}
    </div>
  );
}
