import type { AbilityId } from '@orgplane/schema';
import { NavLink } from 'react-router';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import styles from './billing.module.css';

/** The billing pages and the abilities each needs: the subscription, the invoices and the billing periods. */
const SECTIONS: readonly { to: string; label: string; needs: readonly AbilityId[]; end: boolean }[] = [
  { to: '/settings/billing', label: 'Subscription', needs: ['billing.read'], end: true },
  // An invoice's own page belongs to the invoices.
  { to: '/settings/billing/invoices', label: 'Invoices', needs: ['billing.read'], end: false },
  { to: '/settings/billing/periods', label: 'Billing periods', needs: ['billing.read'], end: true },
];

/**
 * Links between the billing pages the signed-in person's role may open; the open one is marked
 * `aria-current="page"`. Nothing when there is only one.
 */
export function BillingSectionNav() {
  const { can } = useAbilities();
  const sections = SECTIONS.filter((section) => section.needs.every((ability) => can(ability)));
  if (sections.length < 2) return null;
  return (
    <nav className={styles.sectionNav} aria-label="Billing sections">
      <ul className={styles.sectionNavList}>
        {sections.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} end={section.end} className={styles.sectionNavLink}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
