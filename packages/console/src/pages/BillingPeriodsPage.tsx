import { BillingPeriodsSection } from '../modules/billing/components/BillingPeriodsSection.tsx';
import { BillingReadGate } from '../modules/billing/components/BillingReadGate.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';

/** `/settings/billing/periods`: where billing periods end, the next ones, and every period so far. */
export function BillingPeriodsPage() {
  const { organization } = useAbilities();
  return (
    <>
      <title>Billing periods · Billing · Orgplane</title>
      <div className="page-header">
        <h1>Billing periods</h1>
        <p className="page-header__lead">
          When {organization ? `${organization.name}’s` : 'the organization’s'} billing periods end: on a day of the
          month, or on a fiscal calendar of your own. Each period that closes is invoiced.
        </p>
      </div>
      <BillingReadGate title="Billing periods are not available to your role" what="the billing periods">
        <BillingPeriodsSection />
      </BillingReadGate>
    </>
  );
}
