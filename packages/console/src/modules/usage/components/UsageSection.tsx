import { useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { rolesThatMay } from '../../../ui/NotAvailable.tsx';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { UsageBreakdownQuery, UsageSeriesQuery, UsageTotalsQuery } from '../graphql/usage.ts';
import { useUsagePush } from '../hooks/useUsagePush.ts';
import { useUsageTotals } from '../hooks/useUsageTotals.ts';
import { LiveStatus } from './LiveStatus.tsx';
import { UsageBreakdownPanel } from './UsageBreakdownPanel.tsx';
import { UsageChartsPanel } from './UsageChartsPanel.tsx';
import { UsageEmptyState } from './UsageEmptyState.tsx';
import { UsageExportDialog } from './UsageExportDialog.tsx';
import { UsageTotalsPanel } from './UsageTotalsPanel.tsx';
import styles from './usage.module.css';

/** What a push that usage was recorded asks again. */
const PUSHED_QUERIES = [UsageTotalsQuery, UsageSeriesQuery, UsageBreakdownQuery];

/**
 * The organization's usage this billing period: totals per meter, a chart per meter over time and
 * the top members and workspaces, asked again whenever the API pushes that usage was recorded. Credits
 * appear only for roles that see costs; before any usage, how to record it. Owners and admins can
 * download the usage as CSV or JSON.
 */
export function UsageSection() {
  const { can } = useAbilities();
  const withCosts = can('usage.readCosts');
  const { totals, error, updatedAt, retry } = useUsageTotals(withCosts);
  const [exporting, setExporting] = useState(false);
  const [started, setStarted] = useState<string | null>(null);
  useUsagePush(PUSHED_QUERIES);

  if (!totals) {
    return error ? (
      <ErrorState error={error} title="Could not load usage" onRetry={retry} />
    ) : (
      <LoadingState label="Loading usage…" />
    );
  }

  const recorded = totals.meters.some((meter) => meter.events > 0);
  return (
    <div className="stack">
      <LiveStatus from={totals.from} to={totals.to} updatedAt={updatedAt} stale={Boolean(error)} />
      {can('usage.export') ? (
        <div className={styles.exportBar}>
          <button type="button" className="button button--secondary button--small" onClick={() => setExporting(true)}>
            Export usage…
          </button>
        </div>
      ) : null}
      {started ? (
        <Notice tone="success" live>
          {started}
        </Notice>
      ) : null}
      {exporting ? (
        <UsageExportDialog
          from={totals.from}
          to={totals.to}
          onClose={() => setExporting(false)}
          onStarted={setStarted}
        />
      ) : null}
      {withCosts ? null : (
        <Notice title="You can see usage, not what it costs">
          <p>Only {rolesThatMay('usage.readCosts')} see what usage costs in credits.</p>
        </Notice>
      )}
      {recorded ? (
        <>
          <UsageTotalsPanel totals={totals} />
          <UsageChartsPanel meters={totals.meters} withCosts={withCosts} />
          <UsageBreakdownPanel meters={totals.meters} withCosts={withCosts} />
        </>
      ) : (
        <UsageEmptyState canCreateKeys={can('apiKeys.create')} />
      )}
    </div>
  );
}
