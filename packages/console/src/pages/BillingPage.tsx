import { BillingSection } from '../modules/billing/components/BillingSection.tsx';
import { BillingSectionNav } from '../modules/billing/components/BillingSectionNav.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';

/** `/settings/billing`: the subscription, its usage and the plans, for the roles that may see them. */
export function BillingPage() {
  const { ready, can, role, organization, error, retry } = useAbilities();

  let content;
  if (!ready) {
    content = error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else if (!can('billing.read')) {
    content = (
      <NotAvailable
        title="Billing is not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('billing.read')} can see the subscription and plan of an organization. Ask one of them if you
        need to know about it.
      </NotAvailable>
    );
  } else {
    content = <BillingSection />;
  }

  return (
    <>
      <title>Billing · Orgplane</title>
      <div className="page-header">
        <h1>Billing</h1>
        <p className="page-header__lead">
          {organization ? `The subscription of ${organization.name}: ` : 'The organization’s subscription: '}
          its plan, its period, what it uses of the plan’s limits, and the plans to choose from.
        </p>
      </div>
      {ready && can('billing.read') ? <BillingSectionNav /> : null}
      {content}
    </>
  );
}
