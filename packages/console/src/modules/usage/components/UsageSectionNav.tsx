import { NavLink } from 'react-router';
import styles from './usage.module.css';

/** The usage pages: the overview, and what AI token and tool spend cost (for roles that see costs). */
const SECTIONS = [
  { to: '/usage', label: 'Overview' },
  { to: '/settings/ai/costs', label: 'AI costs' },
] as const;

/** Links between the usage pages; the open one is marked `aria-current="page"`. */
export function UsageSectionNav() {
  return (
    <nav className={styles.sectionNav} aria-label="Usage sections">
      <ul className={styles.sectionNavList}>
        {SECTIONS.map((section) => (
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
