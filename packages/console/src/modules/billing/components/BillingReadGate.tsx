import type { ReactNode } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../../../ui/NotAvailable.tsx';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';
import { BillingSectionNav } from './BillingSectionNav.tsx';

interface BillingReadGateProps {
  /** What is not available, for the heading ("Invoices are not available to your role"). */
  readonly title: string;
  /** What only the roles that read billing can see, for the sentence ("the invoices"). */
  readonly what: string;
  readonly children: ReactNode;
}

/**
 * The billing pages' content for the roles that may read billing, under the billing sections'
 * links; loading while the role is checked, and what to do instead for the other roles.
 */
export function BillingReadGate({ title, what, children }: BillingReadGateProps) {
  const { ready, can, role, organization, error, retry } = useAbilities();
  if (!ready) {
    return error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  }
  if (!can('billing.read')) {
    return (
      <NotAvailable
        title={title}
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('billing.read')} can see {what} of an organization. Ask one of them if you need to know about
        it.
      </NotAvailable>
    );
  }
  return (
    <>
      <BillingSectionNav />
      {children}
    </>
  );
}
