import type { UsageBucket } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { Panel } from '../../../ui/Panel.tsx';
import { CHART_RANGES } from '../utils/usage.ts';
import { UsageChartCard } from './UsageChartCard.tsx';
import styles from './usage.module.css';

interface UsageChartsPanelProps {
  /** The meters to chart, in catalogue order. */
  readonly meters: readonly { readonly meter: string; readonly label: string; readonly unit: string }[];
  readonly withCosts: boolean;
}

const BUCKETS = Object.keys(CHART_RANGES) as UsageBucket[];

/** A chart per meter, over the last 30 days by day or the last 24 hours by hour. */
export function UsageChartsPanel({ meters, withCosts }: UsageChartsPanelProps) {
  const [bucket, setBucket] = useState<UsageBucket>('DAY');
  return (
    <Panel
      title="Over time"
      description="Each meter per day over the last 30 days (UTC days), or per hour over the last 24 hours."
    >
      <fieldset className={`segmented ${styles.rangeToggle}`}>
        <legend className="field__label">Range</legend>
        <div className="segmented__options">
          {BUCKETS.map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                className="segmented__input"
                name="usage-range"
                value={option}
                checked={bucket === option}
                onChange={() => setBucket(option)}
              />
              <span className="segmented__label">{CHART_RANGES[option].label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ul className={styles.chartGrid}>
        {meters.map((meter) => (
          <li key={meter.meter}>
            <UsageChartCard
              meter={meter.meter}
              label={meter.label}
              unit={meter.unit}
              bucket={bucket}
              withCosts={withCosts}
            />
          </li>
        ))}
      </ul>
    </Panel>
  );
}
