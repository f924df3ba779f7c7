import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LoadingState } from './LoadingState.tsx';
import styles from './Layout.module.css';

/** One entry of the main navigation. */
export interface NavigationItem {
  readonly to: string;
  readonly label: string;
  /**
   * Other paths that belong to this entry and mark it current too (the sections of a page group);
   * one ending in `/*` stands for every path under it (`/settings/webhooks/*`).
   */
  readonly alsoCurrentOn?: readonly string[];
}

interface LayoutProps {
  readonly navigation: readonly NavigationItem[];
  /** Controls at the end of the header, such as the organization switcher and the user menu. */
  readonly actions?: ReactNode;
  /** A message across the top of every page, such as "confirm your email address". */
  readonly banner?: ReactNode;
}

const MAIN_ID = 'main-content';

/** Whether `pathname` is `path`, or under it when `path` ends in `/*`. */
function isOn(pathname: string, path: string): boolean {
  return path.endsWith('/*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path;
}

/** The console shell: skip link, header with the main navigation, and the page in a main landmark. */
export function Layout({ navigation, actions, banner }: LayoutProps) {
  const { pathname } = useLocation();
  return (
    <div className="app">
      <a className={styles.skipLink} href={`#${MAIN_ID}`}>
        Skip to content
      </a>
      <header className={styles.appHeader}>
        <div className={styles.appHeaderInner}>
          <NavLink to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Orgplane
          </NavLink>
          <nav className={styles.mainNav} aria-label="Main">
            <ul>
              {navigation.map((item) => (
                <li key={item.to}>
                  {item.alsoCurrentOn?.some((path) => isOn(pathname, path)) ? (
                    <Link to={item.to} className={`${styles.mainNavLink} active`} aria-current="page">
                      {item.label}
                    </Link>
                  ) : (
                    <NavLink to={item.to} className={styles.mainNavLink}>
                      {item.label}
                    </NavLink>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          {actions ? <div className={styles.appHeaderActions}>{actions}</div> : null}
        </div>
      </header>
      {banner}
      <main id={MAIN_ID} className={styles.appMain} tabIndex={-1}>
        <Suspense fallback={<LoadingState label="Loading page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
