import { useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import type { WebhookEndpointItem } from '../hooks/useWebhookEndpoints.ts';
import { useWebhookEndpoints } from '../hooks/useWebhookEndpoints.ts';
import { useUpdateWebhookEndpoint } from '../hooks/useWebhookMutations.ts';
import { WEBHOOK_ENDPOINTS_PER_ORG_MAX } from '../utils/webhooks.ts';
import { WebhookEndpointDialogs } from './WebhookEndpointDialogs.tsx';
import type { WebhookEndpointAction } from './WebhookEndpointDialogs.tsx';
import { WebhookEndpointFormDialog } from './WebhookEndpointFormDialog.tsx';
import type { CreatedWebhookEndpoint } from './WebhookEndpointFormDialog.tsx';
import { WebhookEndpointsTable } from './WebhookEndpointsTable.tsx';
import { WebhookSecretDialog } from './WebhookSecretDialog.tsx';
import styles from './webhooks.module.css';

type Open =
  | { readonly kind: 'add' }
  | { readonly kind: 'secret'; readonly created: CreatedWebhookEndpoint }
  | { readonly kind: 'action'; readonly endpoint: WebhookEndpointItem; readonly action: WebhookEndpointAction };

interface WebhookEndpointsSectionProps {
  /** Whether the viewer may add and change endpoints (`webhooks.manage`); otherwise the list is read-only. */
  readonly canManage: boolean;
}

/**
 * The organization's webhook endpoints: the list with each one's status and last delivery, and,
 * for the roles that may, adding one (its signing secret shown once), editing, enabling and
 * disabling, rotating the secret and deleting.
 */
export function WebhookEndpointsSection({ canManage }: WebhookEndpointsSectionProps) {
  const list = useWebhookEndpoints();
  const [open, setOpen] = useState<Open | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [enableError, setEnableError] = useState<unknown>(null);
  const [update] = useUpdateWebhookEndpoint();

  const openAs = (next: Open) => {
    setOutcome(null);
    setEnableError(null);
    setOpen(next);
  };

  const onAction = (endpoint: WebhookEndpointItem, action: WebhookEndpointAction | 'enable') => {
    if (action !== 'enable') {
      openAs({ kind: 'action', endpoint, action });
      return;
    }
    setOutcome(null);
    setEnableError(null);
    update({ variables: { input: { endpointId: endpoint.id, enabled: true } } }).then(
      () => setOutcome(`The endpoint ${endpoint.url} is enabled; deliveries that waited are sent now.`),
      setEnableError,
    );
  };

  const full = list.items.length >= WEBHOOK_ENDPOINTS_PER_ORG_MAX;
  const addButton = (primary: boolean) => (
    <button
      type="button"
      className={primary ? 'button' : `button button--small ${styles.asideButton}`}
      onClick={() => openAs({ kind: 'add' })}
    >
      Add endpoint
    </button>
  );

  let body;
  if (list.loaded && list.items.length) {
    body = <WebhookEndpointsTable endpoints={list.items} {...(canManage ? { onAction } : {})} />;
  } else if (list.loaded) {
    body = (
      <div className="empty" role="status">
        <p className="empty__title">No webhook endpoints yet</p>
        <p>
          An endpoint is a URL of yours that Orgplane POSTs events to as they happen: an invoice issued, a usage alert
          triggered, a member joining or archived. Each event is signed, so the receiver can check it came from
          Orgplane.
        </p>
        {canManage ? <p>{addButton(true)}</p> : <p>When an owner or admin adds an endpoint, it appears here.</p>}
      </div>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the webhook endpoints" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading webhook endpoints…" />;
  }

  return (
    <Panel
      title="Endpoints"
      description="Open an endpoint to see its delivery log, send a test event or redeliver an event."
      aside={canManage && list.items.length && !full ? addButton(false) : null}
    >
      {outcome ? (
        <Notice tone="success" live>
          {outcome}
        </Notice>
      ) : null}
      <FormError error={enableError} />
      {body}
      {canManage && full ? (
        <p className={`field__hint ${styles.limitHint}`}>
          An organization can keep {WEBHOOK_ENDPOINTS_PER_ORG_MAX} webhook endpoints. Delete one to add another.
        </p>
      ) : null}

      {open?.kind === 'add' ? (
        <WebhookEndpointFormDialog
          onClose={() => setOpen(null)}
          onCreated={(created) => setOpen({ kind: 'secret', created })}
        />
      ) : null}
      {open?.kind === 'secret' ? (
        <WebhookSecretDialog
          title="Copy the signing secret"
          description={`The endpoint ${open.created.url} is added and receives events from now on.`}
          secret={open.created.secret}
          onClose={() => {
            setOutcome(`The endpoint ${open.created.url} is added.`);
            setOpen(null);
          }}
        />
      ) : null}
      {open?.kind === 'action' ? (
        <WebhookEndpointDialogs
          endpoint={open.endpoint}
          action={open.action}
          onClose={() => setOpen(null)}
          onDone={setOutcome}
        />
      ) : null}
    </Panel>
  );
}
