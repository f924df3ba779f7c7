import { Link, useLocation } from 'react-router';
import { ArchivedOrganizations } from '../modules/organizations/components/ArchivedOrganizations.tsx';
import type { ArchivedState } from '../modules/organizations/components/ArchiveOrganizationSection.tsx';
import { OrganizationList } from '../modules/organizations/components/OrganizationList.tsx';
import { Notice } from '../ui/Notice.tsx';
import styles from './OrganizationsPage.module.css';

function isArchivedState(state: unknown): state is ArchivedState {
  return typeof state === 'object' && state !== null && typeof (state as ArchivedState).archived === 'string';
}

/** `/organizations`: the person's organizations, a new one, and the archived ones they can restore. */
export function OrganizationsPage() {
  const { state } = useLocation();
  return (
    <>
      <title>Organizations · Orgplane</title>
      <div className={`page-header ${styles.pageHeaderWithAction}`}>
        <div>
          <h1>Organizations</h1>
          <p className="page-header__lead">The organizations you belong to, and the archived ones you can restore.</p>
        </div>
        <Link to="/organizations/new" className="button">
          New organization
        </Link>
      </div>
      <div className="stack">
        {isArchivedState(state) ? (
          <Notice tone="success" title={`${state.archived} is archived`} live>
            <p>
              Nobody can open it now, and this tab switched to another organization. You can restore it under Archived
              organizations below for 30 days; after that it is deleted.
            </p>
          </Notice>
        ) : null}
        <OrganizationList />
        <ArchivedOrganizations />
      </div>
    </>
  );
}
