import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormError } from '../../../ui/FormError.tsx';
import { formatDateTime } from '../../../ui/formatDate.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import type { WebhookEndpointItem } from '../hooks/useWebhookEndpoints.ts';
import { useUpdateWebhookEndpoint } from '../hooks/useWebhookMutations.ts';
import { disabledReasonText, eventTypeLabel } from '../utils/webhooks.ts';
import { WebhookEndpointDialogs } from './WebhookEndpointDialogs.tsx';
import type { WebhookEndpointAction } from './WebhookEndpointDialogs.tsx';
import { EndpointStatus } from './WebhookStatusBadges.tsx';
import styles from './webhooks.module.css';

interface WebhookEndpointOverviewProps {
  readonly endpoint: WebhookEndpointItem;
  /** Whether the viewer may change the endpoint (`webhooks.manage`). */
  readonly canManage: boolean;
}

/**
 * One endpoint at the top of its page: a banner saying why it is disabled (with "Re-enable"), its
 * URL, description, events and status, and Edit, Disable, Rotate secret and Delete.
 */
export function WebhookEndpointOverview({ endpoint, canManage }: WebhookEndpointOverviewProps) {
  const navigate = useNavigate();
  const [action, setAction] = useState<WebhookEndpointAction | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [enabling, setEnabling] = useState(false);
  const [update] = useUpdateWebhookEndpoint();

  const open = (next: WebhookEndpointAction) => {
    setOutcome(null);
    setFailure(null);
    setAction(next);
  };

  const enable = () => {
    if (enabling) return;
    setEnabling(true);
    setOutcome(null);
    setFailure(null);
    update({ variables: { input: { endpointId: endpoint.id, enabled: true } } })
      .then(() => setOutcome('The endpoint is enabled again; deliveries that waited are sent now.'), setFailure)
      .finally(() => setEnabling(false));
  };

  return (
    <>
      {!endpoint.enabled ? (
        <div className={styles.disabledBanner}>
          <Notice tone="warning" title="This endpoint is disabled">
            <p>
              {disabledReasonText(endpoint.disabledReason)}
              {endpoint.disabledAt ? ` Disabled ${formatDateTime(endpoint.disabledAt)}.` : ''} No events are sent to it
              until it is enabled again; deliveries that were waiting are sent then.
              {endpoint.disabledReason === 'FAILURES'
                ? ' Check that the receiver answers with a 2xx status first.'
                : ''}
            </p>
            {canManage ? (
              <p>
                <button
                  type="button"
                  className="button button--small"
                  aria-disabled={enabling || undefined}
                  onClick={enable}
                >
                  {enabling ? 'Enabling…' : 'Re-enable'}
                </button>
              </p>
            ) : null}
          </Notice>
        </div>
      ) : null}
      <Panel
        title="Endpoint"
        aside={<EndpointStatus enabled={endpoint.enabled} disabledReason={endpoint.disabledReason} />}
      >
        {outcome ? (
          <Notice tone="success" live>
            {outcome}
          </Notice>
        ) : null}
        <FormError error={failure} />
        <dl className={`facts ${styles.facts}`}>
          <div>
            <dt>URL</dt>
            <dd>
              <code className={styles.url}>{endpoint.url}</code>
            </dd>
          </div>
          <div>
            <dt>Description</dt>
            <dd>{endpoint.description || <span className="data-table__none">None</span>}</dd>
          </div>
          <div>
            <dt>Events</dt>
            <dd>
              <ul className={styles.eventTags}>
                {endpoint.eventTypes.map((type) => (
                  <li key={type} className="badge badge--neutral" title={eventTypeLabel(type)}>
                    {type}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>Added</dt>
            <dd>{formatDateTime(endpoint.createdAt)}</dd>
          </div>
          {endpoint.consecutiveFailures > 0 ? (
            <div>
              <dt>Failing</dt>
              <dd>
                {endpoint.consecutiveFailures} deliver{endpoint.consecutiveFailures === 1 ? 'y' : 'ies'} in a row failed
                every retry; at 5 the endpoint is disabled.
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="field__hint">
          Each event is signed with the endpoint’s secret (Standard Webhooks: <code>webhook-id</code>,{' '}
          <code>webhook-timestamp</code>, <code>webhook-signature</code>). The secret is never shown again after it is
          made; rotate it to get a new one.
        </p>
        {canManage ? (
          <div className={styles.overviewActions}>
            <button type="button" className="button button--secondary button--small" onClick={() => open('edit')}>
              Edit
            </button>
            {endpoint.enabled ? (
              <button type="button" className="button button--secondary button--small" onClick={() => open('disable')}>
                Disable
              </button>
            ) : null}
            <button type="button" className="button button--secondary button--small" onClick={() => open('rotate')}>
              Rotate secret
            </button>
            <button
              type="button"
              className="button button--danger-outline button--small"
              onClick={() => open('delete')}
            >
              Delete
            </button>
          </div>
        ) : null}
      </Panel>
      {action ? (
        <WebhookEndpointDialogs
          endpoint={endpoint}
          action={action}
          onClose={() => setAction(null)}
          onDone={setOutcome}
          onDeleted={(message) => void navigate('/settings/webhooks', { state: { notice: message } })}
        />
      ) : null}
    </>
  );
}
