import { NavLink } from 'react-router';
import { SETTINGS_SECTIONS } from '../utils/settingsSections.ts';

/** Links between the organization settings sections; the open one is marked `aria-current="page"`. */
export function SettingsSectionNav() {
  return (
    <nav className="settings-nav" aria-label="Settings sections">
      <ul className="settings-nav__list">
        {SETTINGS_SECTIONS.map((section) => (
          <li key={section.id}>
            <NavLink to={`/settings/${section.id}`} className="settings-nav__link">
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
