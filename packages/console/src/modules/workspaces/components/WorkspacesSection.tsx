import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { useWorkspaceList } from '../hooks/useWorkspaceList.ts';
import type { WorkspaceItem } from '../hooks/useWorkspaceList.ts';
import { RestrictedBadge } from './RestrictedBadge.tsx';
import { WorkspaceFormDialog } from './WorkspaceFormDialog.tsx';
import styles from './workspaces.module.css';

const CAPTION = 'Workspaces, oldest first';

function WorkspacesTable({ workspaces }: { readonly workspaces: readonly WorkspaceItem[] }) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': CAPTION, tabIndex: 0 } : {})}
    >
      <table className="data-table">
        <caption className="visually-hidden">{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Workspace</th>
            <th scope="col">Description</th>
            <th scope="col" className="data-table__number">
              Environments
            </th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {workspaces.map((workspace) => (
            <tr key={workspace.id} data-workspace={workspace.slug}>
              <th scope="row" className="member-cell">
                <span className="member-cell__name">
                  <Link to={`/workspaces/${workspace.id}`}>{workspace.name}</Link>
                  {workspace.restricted ? <RestrictedBadge /> : null}
                </span>
                <span className="member-cell__email">
                  <code>{workspace.slug}</code>
                </span>
              </th>
              <td className={styles.workspaceCellDescription}>
                {workspace.description || <span className="data-table__none">No description</span>}
              </td>
              <td className="data-table__number">{workspace.environmentCount}</td>
              <td>
                <time dateTime={workspace.createdAt} title={formatDateTime(workspace.createdAt)}>
                  {formatRelative(workspace.createdAt)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The organization's workspaces with "Load more", and "New workspace" for the roles that may create one. */
export function WorkspacesSection() {
  const { can } = useAbilities();
  const list = useWorkspaceList();
  const [creating, setCreating] = useState(false);
  const mayCreate = can('workspaces.create');

  const newButton = mayCreate ? (
    <button type="button" className="button" onClick={() => setCreating(true)}>
      New workspace
    </button>
  ) : null;

  let body;
  if (list.loaded && list.workspaces.length) {
    body = (
      <>
        <WorkspacesTable workspaces={list.workspaces} />
        <ListFooter list={list} count={list.workspaces.length} noun={['workspace', 'workspaces']} />
      </>
    );
  } else if (list.loaded) {
    body = (
      <div className="empty" role="status">
        <p className="empty__title">No workspaces yet</p>
        <p>
          {mayCreate
            ? 'Create a workspace to group the environments of a product or a team.'
            : 'When someone creates a workspace, it appears here.'}
        </p>
        {mayCreate ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            Create your first workspace
          </button>
        ) : null}
      </div>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the workspaces" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading workspaces…" />;
  }

  return (
    <Panel
      title="All workspaces"
      description="Each workspace holds environments with their deployment settings and cloud credentials."
      aside={list.loaded && list.workspaces.length ? newButton : null}
    >
      {body}
      {creating ? <WorkspaceFormDialog onClose={() => setCreating(false)} /> : null}
    </Panel>
  );
}
