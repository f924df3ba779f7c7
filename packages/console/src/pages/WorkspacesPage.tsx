import { WorkspacesSection } from '../modules/workspaces/components/WorkspacesSection.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useNavigationNotice } from '../ui/navigationNotice.ts';

/** `/workspaces`: the organization's workspaces, and a new one for the roles that may create it. */
export function WorkspacesPage() {
  const { ready, can, role, organization, error, retry } = useAbilities();
  const notice = useNavigationNotice();

  let content;
  if (!ready) {
    content = error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else if (!can('workspaces.read')) {
    content = (
      <NotAvailable
        title="Workspaces are not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('workspaces.read')} can see the workspaces of an organization.
      </NotAvailable>
    );
  } else {
    content = (
      <div className="stack">
        {notice ? (
          <Notice tone="success" live>
            {notice}
          </Notice>
        ) : null}
        <WorkspacesSection />
      </div>
    );
  }

  return (
    <>
      <title>Workspaces · Orgplane</title>
      <div className="page-header">
        <h1>Workspaces</h1>
        <p className="page-header__lead">
          {organization ? `How ${organization.name} is divided: ` : 'How this organization is divided: '}
          each workspace holds the environments a product or team deploys to.
        </p>
      </div>
      {content}
    </>
  );
}
