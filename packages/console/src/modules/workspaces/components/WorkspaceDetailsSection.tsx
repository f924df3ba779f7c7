import { useState } from 'react';
import { rolesThatMay } from '../../../ui/NotAvailable.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { formatDateTime } from '../../../ui/formatDate.ts';
import { RestrictedBadge } from './RestrictedBadge.tsx';
import { WorkspaceFormDialog } from './WorkspaceFormDialog.tsx';
import styles from './workspaces.module.css';

interface WorkspaceDetails {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly description: string;
  readonly restricted: boolean;
  readonly environmentCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface WorkspaceDetailsSectionProps {
  readonly workspace: WorkspaceDetails;
  /** Shows "Edit workspace" (the role may change it). */
  readonly editable: boolean;
}

/** A workspace's name, slug, description and dates, with Edit for the roles that may change them. */
export function WorkspaceDetailsSection({ workspace, editable }: WorkspaceDetailsSectionProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Panel
      title="Details"
      aside={
        editable ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            Edit workspace
          </button>
        ) : null
      }
    >
      {saved ? (
        <Notice tone="success" live>
          {saved}
        </Notice>
      ) : null}
      <dl className={`facts ${styles.workspaceFacts}`}>
        <div>
          <dt>Name</dt>
          <dd>{workspace.name}</dd>
        </div>
        <div>
          <dt>Slug</dt>
          <dd>
            <code>{workspace.slug}</code>
          </dd>
        </div>
        <div>
          <dt>Description</dt>
          <dd>{workspace.description || <span className="data-table__none">No description</span>}</dd>
        </div>
        <div>
          <dt>Access</dt>
          <dd>
            {workspace.restricted ? (
              <>
                <RestrictedBadge /> Assigned members, {rolesThatMay('workspaces.manageAccess')}
              </>
            ) : (
              'Every member of the organization'
            )}
          </dd>
        </div>
        <div>
          <dt>Environments</dt>
          <dd>{workspace.environmentCount}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <time dateTime={workspace.createdAt}>{formatDateTime(workspace.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Last changed</dt>
          <dd>
            <time dateTime={workspace.updatedAt}>{formatDateTime(workspace.updatedAt)}</time>
          </dd>
        </div>
      </dl>
      {editing ? (
        <WorkspaceFormDialog workspace={workspace} onClose={() => setEditing(false)} onSaved={setSaved} />
      ) : null}
    </Panel>
  );
}
