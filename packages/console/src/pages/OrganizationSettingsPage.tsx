import { useLocation } from 'react-router';
import { OrganizationSettingsSection } from '../modules/organizations/components/OrganizationSettingsSection.tsx';
import { SettingsSectionNav } from '../modules/organizations/components/SettingsSectionNav.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { SETTINGS_SECTIONS } from '../modules/organizations/utils/settingsSections.ts';
import type { SettingsSectionId } from '../modules/organizations/utils/settingsSections.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Notice } from '../ui/Notice.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';

/** Where a page that just created an organization says so (router state). */
export interface CreatedState {
  readonly created: string;
}

function isCreatedState(state: unknown): state is CreatedState {
  return typeof state === 'object' && state !== null && typeof (state as CreatedState).created === 'string';
}

/** `/settings/<section>`: one section of the organization's settings, with links to the others. */
function SettingsPage({ section }: { readonly section: SettingsSectionId }) {
  const { ready, can, role, organization, error, retry } = useAbilities();
  const { state } = useLocation();
  const meta = SETTINGS_SECTIONS.find((candidate) => candidate.id === section) ?? SETTINGS_SECTIONS[0];

  let content;
  if (!ready) {
    content = error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else if (!can('organization.read')) {
    content = (
      <NotAvailable
        title="Organization settings are not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Your role may not view this organization’s settings. Ask one of its{' '}
        {rolesThatMay('organization.updateSettings')} if you need them.
      </NotAvailable>
    );
  } else {
    content = (
      <OrganizationSettingsSection
        section={section}
        role={role}
        canEdit={can('organization.updateSettings')}
        canRename={can('organization.rename')}
        canDelete={can('organization.delete')}
      />
    );
  }

  return (
    <>
      <title>{`${meta.title} · Orgplane`}</title>
      <div className="page-header">
        <h1>{meta.title}</h1>
        <p className="page-header__lead">
          {organization ? `${organization.name}: ` : null}
          {meta.lead}
        </p>
      </div>
      <SettingsSectionNav />
      <div className="stack">
        {section === 'general' && isCreatedState(state) && organization?.name === state.created ? (
          <Notice tone="success" title={`${state.created} is ready`} live>
            <p>You are its owner. This tab now works in it; fill in its profile, or invite people from Members.</p>
          </Notice>
        ) : null}
        {content}
      </div>
    </>
  );
}

/** `/settings/general` */
export function GeneralSettingsPage() {
  return <SettingsPage section="general" />;
}

/** `/settings/branding` */
export function BrandingSettingsPage() {
  return <SettingsPage section="branding" />;
}

/** `/settings/security` */
export function SecuritySettingsPage() {
  return <SettingsPage section="security" />;
}

/** `/settings/banner` */
export function BannerSettingsPage() {
  return <SettingsPage section="banner" />;
}

/** `/settings/tracing` */
export function TracingSettingsPage() {
  return <SettingsPage section="tracing" />;
}
