import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { formatDateTime } from '../../../ui/formatDate.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { ArchivedOrganizationsQuery } from '../graphql/organizationLifecycle.ts';
import { useRestoreOrganization } from '../hooks/useOrganizationMutations.ts';
import styles from './organizations.module.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface ArchivedOrganization {
  readonly id: string;
  readonly name: string;
}

/**
 * The archived organizations the signed-in person owns, while they can still be restored (30
 * days), with Restore: the organization comes back, for everyone, as it was.
 */
export function ArchivedOrganizations() {
  const { data, loading, error, refetch } = useQuery(ArchivedOrganizationsQuery, { fetchPolicy: 'cache-and-network' });
  const [restore] = useRestoreOrganization();
  const [confirming, setConfirming] = useState<ArchivedOrganization | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const archived = data?.viewer?.archivedOrganizations;

  let body;
  if (archived?.length) {
    body = (
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Archived organizations you can restore</caption>
          <thead>
            <tr>
              <th scope="col">Organization</th>
              <th scope="col">Archived</th>
              <th scope="col">Deleted on</th>
              <th scope="col" className="data-table__actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {archived.map((organization) => (
              <tr key={organization.id}>
                <th scope="row" className={styles.orgCell}>
                  <span className={styles.orgListName}>{organization.name}</span>
                  <span className={styles.orgListSlug}>{organization.slug}</span>
                </th>
                <td>{formatDateTime(organization.archivedAt)}</td>
                <td>{DATE.format(new Date(organization.deletesAt))}</td>
                <td className="data-table__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Restore ${organization.name}`}
                    onClick={() => setConfirming(organization)}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  } else if (archived) {
    body = (
      <div className="empty">
        <p>
          No archived organizations. An organization you own and archive stays here for 30 days, then it is deleted.
        </p>
      </div>
    );
  } else if (error && !loading) {
    body = (
      <ErrorState
        error={error}
        title="Could not load your archived organizations"
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else body = <LoadingState label="Loading archived organizations…" />;

  return (
    <Panel
      title="Archived organizations"
      description="Organizations you own that were archived. Nobody can open them; restore one within 30 days to bring it back for everyone."
    >
      {restored ? (
        <Notice tone="success" title={`${restored} is restored`} live>
          <p>It is back in the organization switcher for you and its members.</p>
        </Notice>
      ) : null}
      {body}
      {confirming ? (
        <ConfirmDialog
          title={`Restore ${confirming.name}?`}
          confirmLabel="Restore organization"
          pendingLabel="Restoring…"
          onConfirm={async () => {
            setRestored(null);
            await restore({
              variables: { organizationId: confirming.id },
            });
            setRestored(confirming.name);
          }}
          onClose={() => setConfirming(null)}
        >
          <p>
            {confirming.name} becomes active again, with its members, settings and API keys as they were, and is no
            longer scheduled for deletion.
          </p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
