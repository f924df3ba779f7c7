import type { WebhookDeliveryStatus } from '@orgplane/schema/generated/graphql';
import { deliveryStatusBadge } from '../utils/webhooks.ts';
import styles from './webhooks.module.css';

/** "Enabled", or "Disabled" with why in a few words. */
export function EndpointStatus({
  enabled,
  disabledReason,
}: {
  readonly enabled: boolean;
  readonly disabledReason: string | null | undefined;
}) {
  if (enabled) return <span className="badge badge--success">Enabled</span>;
  return (
    <span className={styles.statusLine}>
      <span className="badge badge--warning">Disabled</span>
      <span className="cell-secondary">{disabledReason === 'FAILURES' ? 'after repeated failures' : 'by hand'}</span>
    </span>
  );
}

/** "Delivered", "Failed" or "Pending" as a badge. */
export function DeliveryStatus({ status }: { readonly status: WebhookDeliveryStatus }) {
  const badge = deliveryStatusBadge(status);
  return (
    <span className={`badge ${badge.tone === 'danger' ? styles.badgeDanger : `badge--${badge.tone}`}`}>
      {badge.label}
    </span>
  );
}
