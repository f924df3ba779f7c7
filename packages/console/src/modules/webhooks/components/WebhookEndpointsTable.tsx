import { Link } from 'react-router';
import { ActionMenu } from '../../../ui/ActionMenu.tsx';
import type { ActionMenuItem } from '../../../ui/ActionMenu.tsx';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useLastWebhookDelivery } from '../hooks/useLastWebhookDelivery.ts';
import type { WebhookEndpointItem } from '../hooks/useWebhookEndpoints.ts';
import { eventTypeLabel } from '../utils/webhooks.ts';
import type { WebhookEndpointAction } from './WebhookEndpointDialogs.tsx';
import { DeliveryStatus, EndpointStatus } from './WebhookStatusBadges.tsx';
import styles from './webhooks.module.css';

const CAPTION = 'Webhook endpoints, oldest first';

interface WebhookEndpointsTableProps {
  readonly endpoints: readonly WebhookEndpointItem[];
  /** The actions of each row; none for a role that may only look. */
  readonly onAction?: (endpoint: WebhookEndpointItem, action: WebhookEndpointAction | 'enable') => void;
}

/** The newest delivery to the endpoint: its status and when, or "None yet". */
function LastDelivery({ endpointId }: { readonly endpointId: string }) {
  const { delivery, loaded } = useLastWebhookDelivery(endpointId);
  if (!loaded) return <span className="data-table__none">…</span>;
  if (!delivery) return <span className="data-table__none">None yet</span>;
  const at = delivery.completedAt ?? delivery.createdAt;
  return (
    <span className={styles.statusLine}>
      <DeliveryStatus status={delivery.status} />
      <time className="cell-secondary" dateTime={at} title={formatDateTime(at)}>
        {formatRelative(at)}
      </time>
    </span>
  );
}

/**
 * The endpoints: where each sends and what for, the events it receives, whether it is enabled
 * (and why not), its last delivery, and its actions. On a narrow screen each row is a card.
 */
export function WebhookEndpointsTable({ endpoints, onAction }: WebhookEndpointsTableProps) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': CAPTION, tabIndex: 0 } : {})}
    >
      <table className={`data-table ${styles.endpointsTable} ${styles.stackOnNarrow}`}>
        <caption className="visually-hidden">{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            <th scope="col">Events</th>
            <th scope="col">Status</th>
            <th scope="col">Last delivery</th>
            {onAction ? (
              <th scope="col" className="data-table__actions">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => {
            const items: ActionMenuItem[] = onAction
              ? [
                  { id: 'edit', label: 'Edit', onSelect: () => onAction(endpoint, 'edit') },
                  endpoint.enabled
                    ? { id: 'disable', label: 'Disable', onSelect: () => onAction(endpoint, 'disable') }
                    : { id: 'enable', label: 'Enable', onSelect: () => onAction(endpoint, 'enable') },
                  { id: 'rotate', label: 'Rotate secret', onSelect: () => onAction(endpoint, 'rotate') },
                  { id: 'delete', label: 'Delete', tone: 'danger', onSelect: () => onAction(endpoint, 'delete') },
                ]
              : [];
            return (
              <tr key={endpoint.id} data-endpoint={endpoint.id}>
                <th scope="row" className={styles.endpointCell}>
                  <Link to={`/settings/webhooks/${endpoint.id}`} className={`cell-primary ${styles.endpointUrl}`}>
                    {endpoint.url}
                  </Link>
                  {endpoint.description ? <span className="cell-secondary">{endpoint.description}</span> : null}
                </th>
                <td data-label="Events" className={styles.eventsCell}>
                  {endpoint.eventTypes.map(eventTypeLabel).join(', ')}
                </td>
                <td data-label="Status">
                  <EndpointStatus enabled={endpoint.enabled} disabledReason={endpoint.disabledReason} />
                </td>
                <td data-label="Last delivery">
                  <LastDelivery endpointId={endpoint.id} />
                </td>
                {onAction ? (
                  <td className="data-table__actions">
                    <ActionMenu label={`Actions for ${endpoint.url}`} items={items} />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
