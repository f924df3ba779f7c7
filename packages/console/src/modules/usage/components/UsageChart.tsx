import type { UsageBucket } from '@orgplane/schema/generated/graphql';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps } from 'recharts';
import { formatAxisQuantity, formatBucket, formatBucketLong, formatCredits, formatQuantity } from '../utils/usage.ts';
import styles from './usage.module.css';

/** One bucket of a series, as the API answers it. */
export interface ChartPoint {
  readonly start: string;
  readonly quantity: number;
  readonly events: number;
  /** Only for roles that see costs. */
  readonly credits?: number;
}

interface UsageChartProps {
  readonly points: readonly ChartPoint[];
  readonly bucket: UsageBucket;
  readonly unit: string;
}

/** The bucket under the pointer: when, how much, how many events and (for roles that see costs) credits. */
function PointTooltip({
  active,
  payload,
  bucket,
  unit,
}: TooltipContentProps & { readonly bucket: UsageBucket; readonly unit: string }) {
  const point = active ? (payload[0]?.payload as ChartPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className={styles.tooltip}>
      <span className={styles.tooltipTitle}>{formatBucketLong(point.start, bucket)}</span>
      <span>{formatQuantity(point.quantity, unit)}</span>
      <span>
        {point.events} {point.events === 1 ? 'event' : 'events'}
      </span>
      {point.credits === undefined ? null : <span>{formatCredits(point.credits)}</span>}
    </div>
  );
}

/**
 * A meter's quantity per bucket as bars (Recharts, loaded on demand). Drawn without animation:
 * the page polls, and bars that grow again on every answer would distract. Its text alternative
 * is on the element around it.
 */
export function UsageChart({ points, bucket, unit }: UsageChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 176 }}>
      <BarChart
        data={points as ChartPoint[]}
        margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
        accessibilityLayer={false}
        // The element around the chart is its image, with the summary as its name.
        role="presentation"
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="start"
          tickFormatter={(start: string) => formatBucket(start, bucket)}
          interval="preserveStartEnd"
          minTickGap={24}
          tickLine={false}
        />
        <YAxis
          width={48}
          allowDecimals={false}
          tickLine={false}
          axisLine={false}
          tickFormatter={(value: number) => formatAxisQuantity(value, unit)}
        />
        <Tooltip content={(props) => <PointTooltip {...props} bucket={bucket} unit={unit} />} />
        <Bar dataKey="quantity" className={styles.chartBar} isAnimationActive={false} maxBarSize={28} />
      </BarChart>
    </ResponsiveContainer>
  );
}
