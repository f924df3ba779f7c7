import { Fragment, useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useWebhookDeliveries } from '../hooks/useWebhookDeliveries.ts';
import type { WebhookDeliveryItem } from '../hooks/useWebhookDeliveries.ts';
import { useRedeliverWebhookDelivery, useSendWebhookTestEvent } from '../hooks/useWebhookMutations.ts';
import { eventTypeLabel, formatDuration } from '../utils/webhooks.ts';
import { DeliveryStatus } from './WebhookStatusBadges.tsx';
import styles from './webhooks.module.css';

const CAPTION = 'Deliveries, newest first';

interface WebhookDeliveriesPanelProps {
  readonly endpointId: string;
  readonly enabled: boolean;
  /** Whether the viewer may send test events and redeliver (`webhooks.manage`). */
  readonly canManage: boolean;
}

/** Each attempt of a delivery: when, what the endpoint answered, how long it took, and what went wrong. */
function AttemptList({ delivery }: { readonly delivery: WebhookDeliveryItem }) {
  if (!delivery.attempts.length) {
    return <p className={styles.attemptsEmpty}>No attempt yet: the first one is made within seconds.</p>;
  }
  return (
    <ol className={styles.attempts}>
      {delivery.attempts.map((attempt) => (
        <li key={attempt.attempt} className={styles.attempt}>
          <span className={styles.attemptLine}>
            <strong>Attempt {attempt.attempt}</strong>
            <span className={attempt.succeeded ? styles.attemptOk : styles.attemptFailed}>
              {attempt.responseStatus ? `HTTP ${attempt.responseStatus}` : 'No answer'}
              {attempt.succeeded ? ' · succeeded' : ' · failed'}
            </span>
            <span>{formatDuration(attempt.durationMs)}</span>
            <time dateTime={attempt.attemptedAt}>{formatDateTime(attempt.attemptedAt)}</time>
          </span>
          {attempt.error ? <code className={styles.attemptError}>{attempt.error}</code> : null}
        </li>
      ))}
    </ol>
  );
}

/** The delivery's state in words under its badge: the next retry of a pending one, when another finished. */
function StatusDetail({ delivery }: { readonly delivery: WebhookDeliveryItem }) {
  if (delivery.status === 'PENDING') {
    if (!delivery.nextAttemptAt) return null;
    const due = new Date(delivery.nextAttemptAt).getTime() <= Date.now();
    return (
      <time className="cell-secondary" dateTime={delivery.nextAttemptAt} title={formatDateTime(delivery.nextAttemptAt)}>
        {due ? 'Sending now' : `Next attempt ${formatDateTime(delivery.nextAttemptAt)}`}
      </time>
    );
  }
  return null;
}

/**
 * The endpoint's delivery log, newest first: each event's type and id, its status, attempts,
 * last answer and duration, the next retry of a pending one, and when it was queued. Each row
 * opens to its attempts with their errors; "Redeliver" queues the event again. "Send test event"
 * queues a `webhook.test` event; the log follows pending deliveries until they are done.
 */
export function WebhookDeliveriesPanel({ endpointId, enabled, canManage }: WebhookDeliveriesPanelProps) {
  const list = useWebhookDeliveries(endpointId);
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [sendTest] = useSendWebhookTestEvent();
  const [redeliver] = useRedeliverWebhookDelivery();

  const run = (key: string, action: () => Promise<unknown>, message: string) => {
    if (busy) return;
    setBusy(key);
    setOutcome(null);
    setFailure(null);
    action()
      .then(() => setOutcome(message), setFailure)
      .finally(() => setBusy(null));
  };

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns = canManage ? 7 : 6;
  let body;
  if (list.loaded && list.items.length) {
    body = (
      <>
        <div
          ref={scroll.ref}
          className="table-scroll"
          {...(scroll.overflowing ? { role: 'region', 'aria-label': CAPTION, tabIndex: 0 } : {})}
        >
          <table className={`data-table ${styles.deliveriesTable} ${styles.stackOnNarrow}`}>
            <caption className="visually-hidden">{CAPTION}</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col" className="data-table__number">
                  Attempts
                </th>
                <th scope="col">Response</th>
                <th scope="col" className="data-table__number">
                  Duration
                </th>
                <th scope="col">Queued</th>
                {canManage ? (
                  <th scope="col" className="data-table__actions">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {list.items.map((delivery) => {
                const last = delivery.attempts.at(-1);
                const open = expanded.has(delivery.id);
                const attemptsId = `attempts-${delivery.id}`;
                const name = `${delivery.eventType} ${delivery.eventId}`;
                return (
                  <Fragment key={delivery.id}>
                    <tr data-delivery={delivery.id} className={open ? styles.openRow : undefined}>
                      <th scope="row" className={styles.eventCell}>
                        <button
                          type="button"
                          className={`link-button ${styles.expandButton}`}
                          aria-expanded={open}
                          aria-controls={attemptsId}
                          aria-label={`${open ? 'Hide' : 'Show'} the attempts of ${name}`}
                          onClick={() => toggle(delivery.id)}
                        >
                          <span className={styles.chevron} aria-hidden="true">
                            {open ? '▾' : '▸'}
                          </span>
                          <span className="cell-primary" title={eventTypeLabel(delivery.eventType)}>
                            {delivery.eventType}
                          </span>
                        </button>
                        <code className={`cell-secondary ${styles.eventId}`} title="Event id (webhook-id)">
                          {delivery.eventId}
                        </code>
                      </th>
                      <td data-label="Status" className={styles.statusCell}>
                        <DeliveryStatus status={delivery.status} />
                        <StatusDetail delivery={delivery} />
                      </td>
                      <td data-label="Attempts" className="data-table__number">
                        {delivery.attemptCount}
                      </td>
                      <td data-label="Response">
                        {last ? (
                          last.responseStatus ? (
                            `HTTP ${last.responseStatus}`
                          ) : (
                            'No answer'
                          )
                        ) : (
                          <span className="data-table__none">—</span>
                        )}
                      </td>
                      <td data-label="Duration" className="data-table__number">
                        {last ? formatDuration(last.durationMs) : <span className="data-table__none">—</span>}
                      </td>
                      <td data-label="Queued">
                        <time dateTime={delivery.createdAt} title={formatDateTime(delivery.createdAt)}>
                          {formatRelative(delivery.createdAt)}
                        </time>
                      </td>
                      {canManage ? (
                        <td className="data-table__actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={`Redeliver ${name}`}
                            aria-disabled={busy !== null || !enabled || undefined}
                            title={enabled ? undefined : 'Enable the endpoint to redeliver'}
                            onClick={() =>
                              enabled &&
                              run(
                                delivery.id,
                                () => redeliver({ variables: { deliveryId: delivery.id } }),
                                `The ${delivery.eventType} event is queued again as a new delivery.`,
                              )
                            }
                          >
                            {busy === delivery.id ? 'Redelivering…' : 'Redeliver'}
                          </button>
                        </td>
                      ) : null}
                    </tr>
                    <tr id={attemptsId} className={styles.attemptsRow} hidden={!open}>
                      <td colSpan={columns}>{open ? <AttemptList delivery={delivery} /> : null}</td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
        <ListFooter list={list} count={list.items.length} noun={['delivery', 'deliveries']} />
      </>
    );
  } else if (list.loaded) {
    body = (
      <p className={styles.logEmpty}>
        No deliveries yet. Events the endpoint subscribes to appear here as they happen
        {canManage ? '; send a test event to try it now.' : '.'}
      </p>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the delivery log" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading the delivery log…" />;
  }

  return (
    <Panel
      title="Delivery log"
      description="Each event sent to this endpoint, newest first. A failed attempt is retried on a schedule; open a row to see its attempts."
      aside={
        canManage && enabled ? (
          <button
            type="button"
            className={`button button--small ${styles.asideButton}`}
            aria-disabled={busy !== null || undefined}
            onClick={() =>
              run(
                'test',
                () => sendTest({ variables: { endpointId } }),
                'A test event is queued: it appears in the log below.',
              )
            }
          >
            {busy === 'test' ? 'Sending…' : 'Send test event'}
          </button>
        ) : null
      }
    >
      {outcome ? (
        <Notice tone="success" live>
          {outcome}
        </Notice>
      ) : null}
      <FormError error={failure} />
      {body}
    </Panel>
  );
}
