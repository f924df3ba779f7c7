import { useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useLostTenant } from '../../auth/hooks/useSession.ts';
import { useOrganizationSwitcher } from '../hooks/useOrganizationSwitcher.ts';
import { roleLabel } from '../utils/roleLabel.ts';
import styles from './organizations.module.css';

/** The organizations the signed-in person belongs to, with their role, and a way to open each in this tab. */
export function OrganizationList() {
  const { memberships, tenantId, switchTenant, loading, error } = useOrganizationSwitcher();
  const { dismiss } = useLostTenant();
  const [opened, setOpened] = useState<string | null>(null);

  let body;
  if (memberships.length) {
    body = (
      <ul className={styles.orgList}>
        {memberships.map(({ membershipId, role, isDefault, organization }) => {
          const current = organization.id === tenantId;
          return (
            <li key={membershipId} className={styles.orgListItem}>
              <div className={styles.orgListMain}>
                <span className={styles.orgListName}>{organization.name}</span>
                <span className={styles.orgListSlug} data-testid="organization-slug">
                  {organization.slug}
                </span>
              </div>
              <div className={styles.orgListBadges}>
                <span className={role === 'OWNER' ? 'badge badge--accent' : 'badge badge--neutral'}>
                  {roleLabel(role)}
                </span>
                {isDefault ? <span className="badge badge--neutral">Default</span> : null}
                {organization.status === 'SUSPENDED' ? <span className="badge badge--warning">Suspended</span> : null}
              </div>
              <div className={styles.orgListActions}>
                {current ? (
                  <span className="badge badge--success">Open in this tab</span>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Open ${organization.name}`}
                    onClick={() => {
                      dismiss();
                      switchTenant(organization.id);
                      setOpened(organization.name);
                    }}
                  >
                    Open
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    );
  } else if (error && !loading) {
    body = <ErrorState error={error} title="Could not load your organizations" />;
  } else if (loading) {
    body = <LoadingState label="Loading your organizations…" />;
  } else {
    body = (
      <div className="empty">
        <p>You belong to no organization yet. Create one, or accept an invitation.</p>
      </div>
    );
  }

  return (
    <Panel
      title="Your organizations"
      description="Every organization you are an active member of. Each browser tab works in one of them at a time."
    >
      {body}
      <p className="visually-hidden" role="status">
        {opened ? `This tab now works in ${opened}.` : ''}
      </p>
    </Panel>
  );
}
