import type { PlanFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useId } from 'react';
import { formatCount, formatLimit, formatPrice, LIMITS } from '../utils/billing.ts';
import styles from './billing.module.css';

interface PlanCardProps {
  readonly plan: PlanFieldsFragment;
  /** The organization's plan: marked as such. */
  readonly current: boolean;
  /** The owner's action on this plan ("Switch to Business"), if any. */
  readonly action?: string;
  readonly onAction?: () => void;
}

/** One plan of the comparison: name, who it is for, price per cycle, included credits and limits. */
export function PlanCard({ plan, current, action, onAction }: PlanCardProps) {
  const titleId = useId();
  return (
    <article className={`${styles.planCard}${current ? ` ${styles.planCardCurrent}` : ''}`} aria-labelledby={titleId}>
      <div className={styles.planCardHeader}>
        <h3 id={titleId} className={styles.planCardTitle}>
          {plan.name}
        </h3>
        {current ? <span className="badge badge--accent">Current plan</span> : null}
      </div>
      <p className={styles.planCardDescription}>{plan.description}</p>
      <ul className={styles.planPrices} aria-label={`Prices of ${plan.name}`}>
        {plan.cycles.map((offer) => (
          <li key={offer.cycle}>{formatPrice(offer)}</li>
        ))}
      </ul>
      <dl className={styles.planFacts}>
        <div>
          <dt>Credits per period</dt>
          <dd>{formatCount(plan.includedCredits)}</dd>
        </div>
        {LIMITS.map((limit) => (
          <div key={limit.key}>
            <dt>{limit.label}</dt>
            <dd>{formatLimit(plan.entitlements[limit.key])}</dd>
          </div>
        ))}
      </dl>
      {action && onAction ? (
        <button
          type="button"
          className={`button ${current ? 'button--secondary' : ''} ${styles.planAction}`}
          onClick={onAction}
          {...(action === 'Change billing cycle' ? { 'aria-label': `Change billing cycle of ${plan.name}` } : {})}
        >
          {action}
        </button>
      ) : null}
    </article>
  );
}
