import { SectionNav, type SectionPage } from '../../../ui/SectionNav.tsx';

/** The billing pages and the abilities each needs: the subscription, the invoices and the billing periods. */
const PAGES: readonly SectionPage[] = [
  { to: '/settings/billing', label: 'Subscription', needs: ['billing.read'] },
  // An invoice's own page belongs to the invoices.
  { to: '/settings/billing/invoices', label: 'Invoices', needs: ['billing.read'], nested: true },
  { to: '/settings/billing/periods', label: 'Billing periods', needs: ['billing.read'] },
];

/** Links between the billing pages the signed-in person's role may open. */
export function BillingSectionNav() {
  return <SectionNav label="Billing sections" pages={PAGES} />;
}
