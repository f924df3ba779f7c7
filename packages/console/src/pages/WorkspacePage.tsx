import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { DeleteWorkspaceSection } from '../modules/workspaces/components/DeleteWorkspaceSection.tsx';
import { EnvironmentsSection } from '../modules/workspaces/components/EnvironmentsSection.tsx';
import { RestrictedBadge } from '../modules/workspaces/components/RestrictedBadge.tsx';
import { WorkspaceAccessSection } from '../modules/workspaces/components/WorkspaceAccessSection.tsx';
import { WorkspaceDetailsSection } from '../modules/workspaces/components/WorkspaceDetailsSection.tsx';
import { WorkspaceQuery } from '../modules/workspaces/graphql/workspaces.ts';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';
import { Notice } from '../ui/Notice.tsx';
import { errorCodeOf } from '../ui/errorCode.ts';
import { useNavigationNotice } from '../ui/navigationNotice.ts';
import styles from './WorkspacePage.module.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page's title and header: the workspace's name once known, with the way back to the list. */
function WorkspaceHeader({
  name,
  lead,
  restricted = false,
}: {
  readonly name: string | null;
  readonly lead?: string;
  readonly restricted?: boolean;
}) {
  return (
    <>
      <title>{name ? `${name} · Workspaces · Orgplane` : 'Workspace · Orgplane'}</title>
      <div className="page-header">
        <p className={styles.breadcrumb}>
          <Link to="/workspaces">
            <span aria-hidden="true">← </span>All workspaces
          </Link>
        </p>
        <h1>{name ?? 'Workspace'}</h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
        {restricted ? (
          <p className="page-header__lead">
            <RestrictedBadge /> Only its assigned members, {rolesThatMay('workspaces.manageAccess')} see it.
          </p>
        ) : null}
      </div>
    </>
  );
}

function WorkspaceNotFound() {
  return (
    <>
      <WorkspaceHeader name="Workspace not found" />
      <div className="unavailable" role="status">
        <h2 className="unavailable__title">This workspace does not exist</h2>
        <p>
          There is no workspace at this address in this organization. It may have been deleted or the link mistyped, or
          it belongs to another organization: switch to that one and open the link again.
        </p>
        <p>
          <Link to="/workspaces">See all workspaces</Link>
        </p>
      </div>
    </>
  );
}

/** The workspace's details, environments and deletion, for what the role may do. */
function WorkspaceContent({ workspaceId }: { readonly workspaceId: string }) {
  const { can } = useAbilities();
  const notice = useNavigationNotice();
  const { data, error, refetch } = useQuery(WorkspaceQuery, {
    variables: { id: workspaceId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const workspace = data?.workspace;
  if (!workspace) {
    if (error && errorCodeOf(error) === 'NOT_FOUND') return <WorkspaceNotFound />;
    return (
      <>
        <WorkspaceHeader name={null} />
        {error ? (
          <ErrorState
            error={error}
            title="Could not load the workspace"
            onRetry={() => void refetch().catch(() => undefined)}
          />
        ) : (
          <LoadingState label="Loading the workspace…" />
        )}
      </>
    );
  }
  return (
    <>
      <WorkspaceHeader
        name={workspace.name}
        lead={workspace.description || undefined}
        restricted={workspace.restricted}
      />
      <div className="stack">
        {notice ? (
          <Notice tone="success" live>
            {notice}
          </Notice>
        ) : null}
        <WorkspaceDetailsSection workspace={workspace} editable={can('workspaces.update')} />
        {can('workspaces.manageAccess') ? <WorkspaceAccessSection workspace={workspace} /> : null}
        {can('environments.read') ? <EnvironmentsSection workspaceId={workspace.id} /> : null}
        {can('workspaces.delete') ? <DeleteWorkspaceSection workspace={workspace} /> : null}
      </div>
    </>
  );
}

/** `/workspaces/:workspaceId`: one workspace with its environments. */
export function WorkspacePage() {
  const { workspaceId = '' } = useParams();
  const { ready, can, role, organization, error, retry } = useAbilities();

  if (!ready) {
    return (
      <>
        <WorkspaceHeader name={null} />
        {error ? (
          <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
        ) : (
          <LoadingState label="Loading…" />
        )}
      </>
    );
  }
  if (!can('workspaces.read')) {
    return (
      <>
        <WorkspaceHeader name={null} />
        <NotAvailable
          title="Workspaces are not available to your role"
          roleLabel={role ? roleLabel(role) : null}
          organizationName={organization?.name ?? null}
        >
          Only {rolesThatMay('workspaces.read')} can see the workspaces of an organization.
        </NotAvailable>
      </>
    );
  }
  if (!UUID.test(workspaceId)) return <WorkspaceNotFound />;
  return <WorkspaceContent key={workspaceId} workspaceId={workspaceId} />;
}
