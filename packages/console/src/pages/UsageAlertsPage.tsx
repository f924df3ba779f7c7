import { Link } from 'react-router';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { UsageAlertsSection } from '../modules/usage/components/UsageAlertsSection.tsx';
import { UsageSectionNav } from '../modules/usage/components/UsageSectionNav.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';

/** `/usage/alerts`: thresholds on this period's usage that email and may throttle, for the roles that manage them. */
export function UsageAlertsPage() {
  const { ready, can, role, organization, error, retry } = useAbilities();
  const allowed = can('usage.manageAlerts');

  let content;
  if (!ready) {
    content = error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else if (!allowed) {
    content = (
      <NotAvailable
        title="Usage alerts are not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('usage.manageAlerts')} can see and set usage alerts.
        {can('usage.read') ? (
          <>
            {' '}
            You can still see how much was used on the <Link to="/usage">Usage page</Link>.
          </>
        ) : null}
      </NotAvailable>
    );
  } else {
    content = <UsageAlertsSection />;
  }

  return (
    <>
      <title>Usage alerts · Orgplane</title>
      <div className="page-header">
        <h1>Usage alerts</h1>
        <p className="page-header__lead">
          Get an email when usage in {organization ? organization.name : 'the organization'} crosses a threshold you set
          for the billing period, and, if you choose, stop further usage there. Emails go to the owners, admins and
          billing contact.
        </p>
      </div>
      {ready && allowed ? <UsageSectionNav /> : null}
      {content}
    </>
  );
}
