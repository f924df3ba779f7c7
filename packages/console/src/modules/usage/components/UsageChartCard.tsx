import type { UsageBucket } from '@orgplane/schema/generated/graphql';
import { Suspense, lazy, useId } from 'react';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useUsageSeries } from '../hooks/useUsageSeries.ts';
import { CHART_RANGES, formatBucketLong, formatQuantity } from '../utils/usage.ts';
import type { ChartPoint } from './UsageChart.tsx';
import styles from './usage.module.css';

/** The charting library is large: it loads with the first chart, not with the console. */
const UsageChart = lazy(() => import('./UsageChart.tsx').then((module) => ({ default: module.UsageChart })));

interface UsageChartCardProps {
  readonly meter: string;
  readonly label: string;
  readonly unit: string;
  readonly bucket: UsageBucket;
  readonly withCosts: boolean;
}

/**
 * What the chart shows, in words: the total over the range and the busiest bucket ("12 runs in
 * total; most on 3 Jan 2026: 12 runs"), or that there was none.
 */
function summarize(points: readonly ChartPoint[], unit: string, bucket: UsageBucket): string {
  const total = points.reduce((sum, point) => sum + point.quantity, 0);
  if (total === 0) return 'none';
  const busiest = points.reduce((best, point) => (point.quantity > best.quantity ? point : best));
  return `${formatQuantity(total, unit)} in total; most ${bucket === 'DAY' ? 'on' : 'at'} ${formatBucketLong(busiest.start, bucket)}: ${formatQuantity(busiest.quantity, unit)}`;
}

/** One meter's chart with its total over the range; the chart itself has the same summary as its text alternative. */
export function UsageChartCard({ meter, label, unit, bucket, withCosts }: UsageChartCardProps) {
  const titleId = useId();
  const { points, error, retry } = useUsageSeries(meter, bucket, withCosts);
  const range = CHART_RANGES[bucket];
  const total = points?.reduce((sum, point) => sum + point.quantity, 0);
  const placeholder = (content: ReactNode) => <div className={styles.chartPlaceholder}>{content}</div>;

  let chart;
  if (points) {
    chart = (
      <div
        role="img"
        className={styles.chartArea}
        aria-label={`${label} ${range.detail} over ${range.span}: ${summarize(points, unit, bucket)}.`}
      >
        <Suspense fallback={placeholder('Loading the chart…')}>
          <UsageChart points={points} bucket={bucket} unit={unit} />
        </Suspense>
      </div>
    );
  } else {
    chart = (
      <div className={styles.chartArea}>
        {placeholder(
          error ? (
            <ErrorState error={error} title={`Could not load ${label.toLowerCase()}`} onRetry={retry} />
          ) : (
            <LoadingState label="Loading…" />
          ),
        )}
      </div>
    );
  }

  return (
    <figure className={styles.chartCard} aria-labelledby={titleId} data-meter={meter}>
      <figcaption className={styles.chartCaption}>
        <h3 id={titleId} className={styles.chartTitle}>
          {label}
        </h3>
        {total === undefined ? null : (
          <span className={styles.chartSummary}>
            {total === 0 ? `None in ${range.span}` : `${formatQuantity(total, unit)} in ${range.span}`}
          </span>
        )}
      </figcaption>
      {chart}
    </figure>
  );
}
