import { Link } from 'react-router';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { AiCostsSection } from '../modules/usage/components/AiCostsSection.tsx';
import { UsageSectionNav } from '../modules/usage/components/UsageSectionNav.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';

/** `/settings/ai/costs`: what token and tool spend cost this period, for the roles that see costs. */
export function AiCostsPage() {
  const { ready, can, role, organization, error, retry } = useAbilities();
  const allowed = can('usage.read') && can('usage.readCosts');

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
        title="AI costs are not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('usage.readCosts')} can see what usage costs in credits. You can still see how much was used
        on the <Link to="/usage">Usage page</Link>.
      </NotAvailable>
    );
  } else {
    content = <AiCostsSection />;
  }

  return (
    <>
      <title>AI costs · Orgplane</title>
      <div className="page-header">
        <h1>AI costs</h1>
        <p className="page-header__lead">
          {organization ? `What AI costs ${organization.name} ` : 'What AI costs the organization '}
          this billing period: retrieval (RAG) tokens and third-party tool spend, in credits and money, per model and
          per member.
        </p>
      </div>
      {ready && allowed ? <UsageSectionNav /> : null}
      {content}
    </>
  );
}
