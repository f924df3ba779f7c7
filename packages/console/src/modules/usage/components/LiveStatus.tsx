import { formatDay } from '../../../ui/formatDate.ts';
import { formatClock } from '../utils/usage.ts';
import styles from './usage.module.css';

interface LiveStatusProps {
  /** The billing period's start and (exclusive) end. */
  readonly from: string;
  readonly to: string;
  /** When the figures were last fetched. */
  readonly updatedAt: Date | null;
  /** The last poll failed: the figures on screen are from `updatedAt`. */
  readonly stale: boolean;
}

/**
 * The period the figures are for, and when they were last fetched: the page asks again every few
 * seconds, so this says how fresh they are (not announced: it changes too often to read out).
 */
export function LiveStatus({ from, to, updatedAt, stale }: LiveStatusProps) {
  return (
    <p className={styles.liveStatus}>
      <span>
        Billing period: {formatDay(from)} to {formatDay(to)}
      </span>
      {updatedAt ? (
        <span className={`${styles.updated}${stale ? ` ${styles.updatedStale}` : ''}`} data-updated>
          {stale
            ? `Could not update; showing figures from ${formatClock(updatedAt)}, trying again`
            : `Updated ${formatClock(updatedAt)}`}
        </span>
      ) : null}
    </p>
  );
}
