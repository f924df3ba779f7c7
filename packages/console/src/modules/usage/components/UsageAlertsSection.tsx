import { USAGE_ALERTS_PER_ORG_MAX } from '@orgplane/schema';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { formatDay } from '../../../ui/formatDate.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { UsageAlertTriggersQuery, UsageAlertsQuery } from '../graphql/usageAlerts.ts';
import { useDeleteUsageAlert } from '../hooks/useUsageAlertMutations.ts';
import { useUsageAlerts } from '../hooks/useUsageAlerts.ts';
import type { UsageAlertItem } from '../hooks/useUsageAlerts.ts';
import { useUsagePush } from '../hooks/useUsagePush.ts';
import { UsageAlertFormDialog } from './UsageAlertFormDialog.tsx';
import { UsageAlertHistoryPanel } from './UsageAlertHistoryPanel.tsx';
import { UsageAlertsTable, alertName } from './UsageAlertsTable.tsx';
import styles from './usage.module.css';

/** What a push that usage was recorded asks again: where the alerts stand, and whether they fired. */
const PUSHED_QUERIES = [UsageAlertsQuery, UsageAlertTriggersQuery];

type Open =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit'; readonly alert: UsageAlertItem }
  | { readonly kind: 'delete'; readonly alert: UsageAlertItem };

/** "The alert on RAG tokens at 100,000 tokens is crossed and throttles", or several, for the throttling notice. */
function throttlingSentence(alerts: readonly UsageAlertItem[]): string {
  const names = alerts.map(alertName);
  if (names.length === 1) return `The alert on ${names[0]} is crossed and throttles`;
  return `The alerts on ${names.slice(0, -1).join(', ')} and ${names.at(-1)} are crossed and throttle`;
}

/**
 * The organization's usage alerts: the list with where each stands this billing period (followed
 * live as usage is recorded), adding, editing and deleting them, a warning while a throttling
 * alert refuses usage, and the history of when they fired.
 */
export function UsageAlertsSection() {
  const { alerts, period, error, retry } = useUsageAlerts();
  const [open, setOpen] = useState<Open | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [remove] = useDeleteUsageAlert();
  useUsagePush(PUSHED_QUERIES);

  if (!alerts || !period) {
    return error ? (
      <ErrorState error={error} title="Could not load the usage alerts" onRetry={retry} />
    ) : (
      <LoadingState label="Loading usage alerts…" />
    );
  }

  const openAs = (next: Open) => {
    setOutcome(null);
    setOpen(next);
  };
  const full = alerts.length >= USAGE_ALERTS_PER_ORG_MAX;
  const throttling = alerts.filter((alert) => alert.throttle && alert.crossed);
  const addButton = (primary: boolean) => (
    <button
      type="button"
      className={primary ? 'button' : `button button--small ${styles.panelAction}`}
      onClick={() => openAs({ kind: 'add' })}
    >
      Add alert
    </button>
  );

  let aside = null;
  if (alerts.length && !full) aside = addButton(false);

  return (
    <div className="stack">
      {throttling.length ? (
        <Notice tone="warning" title="Usage recording is paused">
          <p>
            {throttlingSentence(throttling)}: the API refuses <code>recordUsage</code> calls that record{' '}
            {throttling.some((alert) => alert.meter === null)
              ? 'any meter'
              : throttling.length === 1
                ? 'that meter'
                : 'those meters'}{' '}
            with <code>USAGE_THROTTLED</code> until the billing period ends on {formatDay(period.to)}, or until you
            raise the threshold above current usage.
          </p>
        </Notice>
      ) : null}
      <Panel
        title="Alerts"
        description={`Measured over the current billing period, ${formatDay(period.from)} to ${formatDay(period.to)}, and checked each time usage is recorded.`}
        aside={aside}
      >
        {outcome ? (
          <Notice tone="success" live>
            {outcome}
          </Notice>
        ) : null}
        {alerts.length ? (
          <UsageAlertsTable
            alerts={alerts}
            onEdit={(alert) => openAs({ kind: 'edit', alert })}
            onDelete={(alert) => openAs({ kind: 'delete', alert })}
          />
        ) : (
          <div className="empty" role="status">
            <p className="empty__title">No usage alerts yet</p>
            <p>
              Set a threshold on one meter or on all usage: a number of RAG tokens, an amount of tool spend, credits, or
              a percentage of the credits your plan includes. An alert emails once per billing period when usage crosses
              it; one that throttles also refuses further usage until the next period.
            </p>
            <p>{addButton(true)}</p>
          </div>
        )}
        {full ? (
          <p className="field__hint">
            An organization can keep {USAGE_ALERTS_PER_ORG_MAX} usage alerts. Delete one to add another.
          </p>
        ) : null}
      </Panel>
      {alerts.length ? <UsageAlertHistoryPanel /> : null}

      {open?.kind === 'add' ? (
        <UsageAlertFormDialog period={period} onClose={() => setOpen(null)} onSaved={setOutcome} />
      ) : null}
      {open?.kind === 'edit' ? (
        <UsageAlertFormDialog
          // The alert as the list has it now: its figures follow usage while the dialog is open.
          alert={alerts.find((alert) => alert.id === open.alert.id) ?? open.alert}
          period={period}
          onClose={() => setOpen(null)}
          onSaved={setOutcome}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete this usage alert?"
          confirmLabel="Delete alert"
          pendingLabel="Deleting…"
          tone="danger"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await remove({ variables: { alertId: open.alert.id } });
            setOutcome(`The alert on ${alertName(open.alert)} is deleted.`);
          }}
        >
          <p>
            The alert on <strong>{alertName(open.alert)}</strong> stops watching usage, and its history is deleted with
            it.
            {open.alert.throttle && open.alert.crossed
              ? ' Usage it holds back is accepted again at once, unless another alert throttles.'
              : ''}{' '}
            This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
