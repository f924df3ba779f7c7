import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import type { UsageAlertItem } from '../hooks/useUsageAlerts.ts';
import { formatProgress, formatThreshold, progressShare, watchedLabel } from '../utils/alerts.ts';
import { formatCredits, formatShare } from '../utils/usage.ts';
import styles from './usage.module.css';

const CAPTION = 'Usage alerts, oldest first';

interface UsageAlertsTableProps {
  readonly alerts: readonly UsageAlertItem[];
  readonly onEdit: (alert: UsageAlertItem) => void;
  readonly onDelete: (alert: UsageAlertItem) => void;
}

/** "RAG tokens at 100,000 tokens": an alert in a few words, for buttons and dialogs. */
export function alertName(alert: UsageAlertItem): string {
  return `${watchedLabel(alert.meter)} at ${formatThreshold(alert)}`;
}

/** Where the alert stands this period: "0 of 100,000 tokens", a bar, and "Crossed" once it is. */
function Progress({ alert }: { readonly alert: UsageAlertItem }) {
  const share = progressShare(alert.currentValue, alert.thresholdValue);
  return (
    <div className={styles.alertProgress}>
      <span className={styles.alertProgressLine}>
        <span>{formatProgress(alert)}</span>
        {alert.crossed ? (
          <span className="badge badge--warning">Crossed</span>
        ) : (
          <span className="cell-secondary">{formatShare(alert.currentValue, alert.thresholdValue)}</span>
        )}
      </span>
      <span className={`${styles.creditBar}${alert.crossed ? ` ${styles.creditBarOver}` : ''}`} aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}

/**
 * The alerts: what each watches and its threshold, where it stands this period, whether it emails
 * and throttles, when it last fired, and Edit and Delete. On a narrow screen each row stacks into
 * a card, so the progress shows without scrolling sideways.
 */
export function UsageAlertsTable({ alerts, onEdit, onDelete }: UsageAlertsTableProps) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': CAPTION, tabIndex: 0 } : {})}
    >
      <table className={`data-table ${styles.alertsTable} ${styles.stackOnNarrow}`}>
        <caption className="visually-hidden">{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">This period</th>
            <th scope="col">Channels</th>
            <th scope="col">Throttle</th>
            <th scope="col">Last triggered</th>
            <th scope="col" className="data-table__actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => {
            const name = alertName(alert);
            return (
              <tr key={alert.id} data-alert={alert.id}>
                <th scope="row">
                  <span className="cell-primary">{watchedLabel(alert.meter)}</span>
                  <span className="cell-secondary">
                    {alert.kind === 'PERCENT_OF_INCLUDED_CREDITS'
                      ? `${formatThreshold(alert)} (${formatCredits(alert.thresholdValue)})`
                      : formatThreshold(alert)}
                  </span>
                </th>
                <td className={styles.progressCell}>
                  <Progress alert={alert} />
                </td>
                <td data-label="Channels">{channelsOf(alert) || <span className="data-table__none">None</span>}</td>
                <td data-label="Throttle">
                  {alert.throttle ? (
                    alert.crossed ? (
                      <span className="badge badge--warning">Refusing usage</span>
                    ) : (
                      'On'
                    )
                  ) : (
                    <span className="data-table__none">Off</span>
                  )}
                </td>
                <td data-label="Last triggered">
                  {alert.lastTriggeredAt ? (
                    <time dateTime={alert.lastTriggeredAt} title={formatDateTime(alert.lastTriggeredAt)}>
                      {formatRelative(alert.lastTriggeredAt)}
                    </time>
                  ) : (
                    <span className="data-table__none">Never</span>
                  )}
                </td>
                <td className="data-table__actions">
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Edit the alert on ${name}`}
                      onClick={() => onEdit(alert)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button--danger-outline button--small"
                      aria-label={`Delete the alert on ${name}`}
                      onClick={() => onDelete(alert)}
                    >
                      Delete
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** How a crossed alert notifies: "Email", "Webhooks", "Email, webhooks", or nothing. */
function channelsOf(alert: { notifyByEmail: boolean; notifyByWebhook: boolean }): string {
  const channels = [alert.notifyByEmail ? 'email' : null, alert.notifyByWebhook ? 'webhooks' : null].filter(Boolean);
  const text = channels.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
