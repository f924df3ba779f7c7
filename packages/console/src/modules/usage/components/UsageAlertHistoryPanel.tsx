import { ErrorState } from '../../../ui/ErrorState.tsx';
import { formatDateTime, formatDay } from '../../../ui/formatDate.ts';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useUsageAlertTriggers } from '../hooks/useUsageAlertTriggers.ts';
import { formatAlertAmount, watchedLabel } from '../utils/alerts.ts';
import styles from './usage.module.css';

const CAPTION = 'Usage alert triggers, newest first';

type Trigger = ReturnType<typeof useUsageAlertTriggers>['items'][number];

/** The triggers: which alert and the threshold it crossed, what usage was then, and when, in which period. */
function TriggersTable({ triggers }: { readonly triggers: readonly Trigger[] }) {
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
            <th scope="col" className="data-table__number">
              Usage when crossed
            </th>
            <th scope="col">Triggered</th>
          </tr>
        </thead>
        <tbody>
          {triggers.map((trigger) => (
            <tr key={trigger.id}>
              <th scope="row">
                <span className="cell-primary">{watchedLabel(trigger.meter)}</span>
                <span className="cell-secondary">At {formatAlertAmount(trigger, trigger.thresholdValue)}</span>
              </th>
              <td className="data-table__number">{formatAlertAmount(trigger, trigger.value)}</td>
              <td data-label="Triggered">
                <time className="cell-primary" dateTime={trigger.triggeredAt}>
                  {formatDateTime(trigger.triggeredAt)}
                </time>
                <span className="cell-secondary">Billing period from {formatDay(trigger.periodStart)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** When the alerts fired, newest first, with "Load more". */
export function UsageAlertHistoryPanel() {
  const list = useUsageAlertTriggers();

  let body;
  if (list.loaded) {
    body = list.items.length ? (
      <>
        <TriggersTable triggers={list.items} />
        <ListFooter list={list} count={list.items.length} noun={['trigger', 'triggers']} />
      </>
    ) : (
      <p className={styles.breakdownEmpty}>No alert has been crossed yet.</p>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the alert history" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading the alert history…" />;
  }

  return (
    <Panel
      title="History"
      description="Each time an alert was crossed, newest first. An alert fires once per billing period, and again after its threshold changes."
    >
      {body}
    </Panel>
  );
}
