import type { AbilityId } from '@orgplane/schema';
import { NavLink } from 'react-router';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import styles from './usage.module.css';

/**
 * The usage pages and the abilities each needs: the overview, what AI token and tool spend cost,
 * and the alerts on usage.
 */
const SECTIONS: readonly { to: string; label: string; needs: readonly AbilityId[] }[] = [
  { to: '/usage', label: 'Overview', needs: ['usage.read'] },
  { to: '/settings/ai/costs', label: 'AI costs', needs: ['usage.read', 'usage.readCosts'] },
  { to: '/usage/alerts', label: 'Alerts', needs: ['usage.manageAlerts'] },
];

/**
 * Links between the usage pages the signed-in person's role may open; the open one is marked
 * `aria-current="page"`. Nothing when there is only one.
 */
export function UsageSectionNav() {
  const { can } = useAbilities();
  const sections = SECTIONS.filter((section) => section.needs.every((ability) => can(ability)));
  if (sections.length < 2) return null;
  return (
    <nav className={styles.sectionNav} aria-label="Usage sections">
      <ul className={styles.sectionNavList}>
        {sections.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} end className={styles.sectionNavLink}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
