import { useId, useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { useEnvironmentList } from '../hooks/useEnvironmentList.ts';
import type { EnvironmentItem } from '../hooks/useEnvironmentList.ts';
import { hostLabel, settingsSummary } from '../utils/environments.ts';
import { CredentialStatusView, EnvironmentCredentials } from './EnvironmentCredentials.tsx';
import { EnvironmentFormDialog } from './EnvironmentFormDialog.tsx';
import { TierBadge } from './TierBadge.tsx';
import { useDeleteEnvironment } from '../hooks/useEnvironmentMutations.ts';
import styles from './workspaces.module.css';

type OpenAction =
  { readonly kind: 'create' } | { readonly kind: 'edit' | 'delete'; readonly environment: EnvironmentItem };

interface EnvironmentCardProps {
  readonly environment: EnvironmentItem;
  readonly withCredentials: boolean;
  readonly mayManageCredentials: boolean;
  readonly onEdit?: () => void;
  readonly onDelete?: () => void;
}

/** One environment: name, tier, host, execution settings, credential status and what the role may do. */
function EnvironmentCard({
  environment,
  withCredentials,
  mayManageCredentials,
  onEdit,
  onDelete,
}: EnvironmentCardProps) {
  const headingId = useId();
  return (
    <article className={styles.environment} aria-labelledby={headingId} data-environment={environment.slug}>
      <div className={styles.environmentHeader}>
        <div className={styles.environmentTitle}>
          <h3 id={headingId} className={styles.environmentName}>
            {environment.name}
          </h3>
          <TierBadge tier={environment.tier} />
          <code className={styles.environmentSlug}>{environment.slug}</code>
        </div>
        {onEdit || onDelete ? (
          <div className="row-actions">
            {onEdit ? (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Edit ${environment.name}`}
                onClick={onEdit}
              >
                Edit
              </button>
            ) : null}
            {onDelete ? (
              <button
                type="button"
                className="button button--danger-outline button--small"
                aria-label={`Delete ${environment.name}`}
                onClick={onDelete}
              >
                Delete…
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <dl className={`facts ${styles.environmentFacts}`}>
        <div>
          <dt>Host</dt>
          <dd>{hostLabel(environment.deploymentHost)}</dd>
        </div>
        <div>
          <dt>Settings</dt>
          <dd>{settingsSummary(environment.deploymentHost, environment.executionSettings)}</dd>
        </div>
        {withCredentials && environment.credentials ? (
          <div>
            <dt>Credentials</dt>
            <dd>
              <CredentialStatusView status={environment.credentials} />
            </dd>
          </div>
        ) : null}
      </dl>
      {mayManageCredentials ? (
        <EnvironmentCredentials environment={environment} withCredentials={withCredentials} />
      ) : null}
    </article>
  );
}

/** The environments of a workspace, with create, edit, delete and credentials for the roles that may. */
export function EnvironmentsSection({ workspaceId }: { readonly workspaceId: string }) {
  const { can } = useAbilities();
  const withCredentials = can('environments.viewCredentialStatus');
  const list = useEnvironmentList(workspaceId, withCredentials);
  const [open, setOpen] = useState<OpenAction | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [remove] = useDeleteEnvironment();
  const mayCreate = can('environments.create');
  const mayUpdate = can('environments.update');
  const mayDelete = can('environments.delete');
  const mayManageCredentials = can('environments.manageCredentials');

  const openAs = (action: OpenAction) => () => {
    setOutcome(null);
    setOpen(action);
  };

  let body;
  if (list.loaded && list.environments.length) {
    body = (
      <>
        <ul className={styles.environmentList}>
          {list.environments.map((environment) => (
            <li key={environment.id}>
              <EnvironmentCard
                environment={environment}
                withCredentials={withCredentials}
                mayManageCredentials={mayManageCredentials}
                {...(mayUpdate ? { onEdit: openAs({ kind: 'edit', environment }) } : {})}
                {...(mayDelete ? { onDelete: openAs({ kind: 'delete', environment }) } : {})}
              />
            </li>
          ))}
        </ul>
        <ListFooter list={list} count={list.environments.length} noun={['environment', 'environments']} />
      </>
    );
  } else if (list.loaded) {
    body = (
      <div className="empty" role="status">
        <p className="empty__title">No environments yet</p>
        <p>
          {mayCreate
            ? 'Add one for each place this workspace deploys to, such as development, staging and production.'
            : 'When someone adds an environment, it appears here.'}
        </p>
        {mayCreate ? (
          <button type="button" className="button" onClick={openAs({ kind: 'create' })}>
            Add the first environment
          </button>
        ) : null}
      </div>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the environments" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading environments…" />;
  }

  return (
    <Panel
      title="Environments"
      description="Where this workspace deploys: each with a tier, a host and its execution settings. Cloud credentials are write-only."
      aside={
        mayCreate && list.environments.length ? (
          <button type="button" className="button button--small" onClick={openAs({ kind: 'create' })}>
            New environment
          </button>
        ) : null
      }
    >
      {outcome ? (
        <Notice tone="success" live>
          {outcome}
        </Notice>
      ) : null}
      {body}
      {open?.kind === 'create' ? (
        <EnvironmentFormDialog workspaceId={workspaceId} onClose={() => setOpen(null)} onSaved={setOutcome} />
      ) : null}
      {open?.kind === 'edit' ? (
        <EnvironmentFormDialog
          workspaceId={workspaceId}
          environment={open.environment}
          onClose={() => setOpen(null)}
          onSaved={setOutcome}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title={`Delete ${open.environment.name}?`}
          confirmLabel="Delete environment"
          pendingLabel="Deleting…"
          tone="danger"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await remove({ variables: { environmentId: open.environment.id } });
            setOutcome(`The environment “${open.environment.name}” is deleted.`);
          }}
        >
          <p>
            The environment {open.environment.name} (<code>{open.environment.slug}</code>) is deleted with its execution
            settings and its stored cloud credentials. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
