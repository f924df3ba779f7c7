import { useId } from 'react';
import { Link } from 'react-router';
import { useLostTenant } from '../../auth/hooks/useSession.ts';
import { useOrganizationSwitcher } from '../hooks/useOrganizationSwitcher.ts';
import { roleLabel } from '../utils/roleLabel.ts';
import styles from './organizations.module.css';

/**
 * Picks the organization this tab works in. The choice is per tab: another tab can have another
 * organization open at the same time. Next to it, links to all organizations and to a new one.
 */
export function OrganizationSwitcher() {
  const id = useId();
  const { memberships, tenantId, switchTenant, loading } = useOrganizationSwitcher();
  const { dismiss } = useLostTenant();
  const current = memberships.find((membership) => membership.organization.id === tenantId);
  return (
    <div className={styles.orgSwitcher}>
      <label className={styles.orgSwitcherLabel} htmlFor={id}>
        Organization
      </label>
      <select
        id={id}
        className={styles.orgSwitcherSelect}
        value={current ? current.organization.id : ''}
        disabled={loading || memberships.length === 0}
        onChange={(event) => {
          dismiss();
          switchTenant(event.target.value);
        }}
      >
        {current ? null : <option value="">{loading ? 'Loading…' : 'No organization'}</option>}
        {memberships.map((membership) => (
          <option key={membership.membershipId} value={membership.organization.id}>
            {`${membership.organization.name} · ${roleLabel(membership.role)}${membership.isDefault ? ' · default' : ''}`}
          </option>
        ))}
      </select>
      <Link to="/organizations" className={styles.orgSwitcherLink} aria-label="All organizations">
        All
      </Link>
      <Link to="/organizations/new" className={styles.orgSwitcherLink} aria-label="New organization">
        <span aria-hidden="true">+ </span>New
      </Link>
    </div>
  );
}
