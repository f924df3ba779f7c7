import type { AbilityId } from '@orgplane/schema';
import { NavLink } from 'react-router';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import styles from './SectionNav.module.css';

/** One page of a section: where it is, its name, the abilities it needs, and whether pages under it count as it. */
export interface SectionPage {
  readonly to: string;
  readonly label: string;
  readonly needs: readonly AbilityId[];
  /** Pages under `to` (an invoice under the invoices) mark this link too. */
  readonly nested?: boolean;
}

/**
 * Links between the pages of one section (usage, billing) that the signed-in person's role may
 * open; the open one is marked `aria-current="page"`. Nothing when there is only one.
 */
export function SectionNav({ label, pages }: { readonly label: string; readonly pages: readonly SectionPage[] }) {
  const { can } = useAbilities();
  const open = pages.filter((page) => page.needs.every((ability) => can(ability)));
  if (open.length < 2) return null;
  return (
    <nav className={styles.sectionNav} aria-label={label}>
      <ul className={styles.sectionNavList}>
        {open.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end={!page.nested} className={styles.sectionNavLink}>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
