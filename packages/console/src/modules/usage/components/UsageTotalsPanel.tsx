import type { UsageTotalsQuery } from '@orgplane/schema/generated/graphql';
import { useId } from 'react';
import { formatDay } from '../../../ui/formatDate.ts';
import { Panel } from '../../../ui/Panel.tsx';
import { formatCount, formatCredits, formatQuantity, formatShare } from '../utils/usage.ts';
import styles from './usage.module.css';

type Totals = UsageTotalsQuery['usageTotals'];
type MeterTotal = Totals['meters'][number];

interface UsageTotalsPanelProps {
  readonly totals: Totals;
}

/** Credits used this period against those the plan includes, with a bar. */
function CreditSummary({ used, included }: { readonly used: number; readonly included: number }) {
  const over = used > included;
  const share = included === 0 ? 1 : Math.min(1, used / included);
  return (
    <div className={styles.creditSummary}>
      <p className={styles.creditSummaryLine}>
        <span className={styles.creditSummaryValue}>{formatCredits(used)}</span>
        <span>
          used of {formatCount(included)} included ({formatShare(used, included)})
        </span>
        {over ? <span className="badge badge--warning">Over the included credits</span> : null}
      </p>
      <div className={`${styles.creditBar}${over ? ` ${styles.creditBarOver}` : ''}`} aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}

/** One meter's card: its quantity in its unit, the events, and the credits when the role sees them. */
function MeterCard({ total }: { readonly total: MeterTotal }) {
  const titleId = useId();
  return (
    <article className={styles.card} aria-labelledby={titleId} data-meter={total.meter}>
      <h3 id={titleId} className={styles.cardTitle}>
        {total.label}
      </h3>
      <p className={styles.cardValue}>{formatQuantity(total.quantity, total.unit)}</p>
      <p className={styles.cardFacts}>
        {[
          `${formatCount(total.events)} ${total.events === 1 ? 'event' : 'events'}`,
          ...(total.credits === undefined ? [] : [formatCredits(total.credits)]),
        ].join(' · ')}
      </p>
    </article>
  );
}

/** The period's totals: credits against the plan's (for roles that see costs), then a card per meter. */
export function UsageTotalsPanel({ totals }: UsageTotalsPanelProps) {
  return (
    <Panel title="This billing period" description={`Everything recorded since ${formatDay(totals.from)}, per meter.`}>
      {totals.credits === undefined || totals.includedCredits === undefined ? null : (
        <CreditSummary used={totals.credits} included={totals.includedCredits} />
      )}
      <ul className={styles.cards}>
        {totals.meters.map((total) => (
          <li key={total.meter}>
            <MeterCard total={total} />
          </li>
        ))}
      </ul>
    </Panel>
  );
}
