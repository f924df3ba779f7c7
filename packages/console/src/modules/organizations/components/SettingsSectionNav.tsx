import { NavLink } from 'react-router';
import { useAbilities } from '../hooks/useAbilities.ts';
import { SETTINGS_SECTIONS } from '../utils/settingsSections.ts';
import styles from './organizations.module.css';

/**
 * Links between the organization settings sections, and Webhooks for the roles that may see them;
 * the open one is marked `aria-current="page"`.
 */
export function SettingsSectionNav() {
  const { can } = useAbilities();
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
        {can('webhooks.read') ? (
          <li>
            <NavLink to="/settings/webhooks" className={styles.settingsNavLink}>
              Webhooks
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
