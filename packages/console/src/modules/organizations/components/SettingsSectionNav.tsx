import { NavLink } from 'react-router';
import { SETTINGS_SECTIONS } from '../utils/settingsSections.ts';
import styles from './organizations.module.css';

/** Links between the organization settings sections; the open one is marked `aria-current="page"`. */
export function SettingsSectionNav() {
  return (
    <nav className={styles.settingsNav} aria-label="Settings sections">
      <ul className={styles.settingsNavList}>
        {SETTINGS_SECTIONS.map((section) => (
          <li key={section.id}>
            <NavLink to={`/settings/${section.id}`} className={styles.settingsNavLink}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
