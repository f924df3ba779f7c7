import { BillingReadGate } from '../modules/billing/components/BillingReadGate.tsx';
import { InvoicesPanel } from '../modules/billing/components/InvoicesPanel.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';

/** `/settings/billing/invoices`: the invoice of every closed billing period, newest first. */
export function InvoicesPage() {
  const { organization } = useAbilities();
  return (
    <>
      <title>Invoices · Billing · Orgplane</title>
      <div className="page-header">
        <h1>Invoices</h1>
        <p className="page-header__lead">
          {organization ? `What ${organization.name} was billed ` : 'What the organization was billed '}
          for each billing period: the plan’s base price and the usage beyond its included credits.
        </p>
      </div>
      <BillingReadGate title="Invoices are not available to your role" what="the invoices">
        <InvoicesPanel />
      </BillingReadGate>
    </>
  );
}
