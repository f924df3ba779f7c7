import type { BillingPeriodSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { Panel } from '../../../ui/Panel.tsx';
import { daysBetween } from '../utils/invoices.ts';
import { PeriodSpan } from './PeriodSpan.tsx';
import styles from './billing.module.css';

/** The next periods the saved settings make, from the end of the current one, with their lengths. */
export function UpcomingPeriodsPanel({ settings }: { readonly settings: BillingPeriodSettingsFieldsFragment }) {
  return (
    <Panel
      title="Next periods"
      description="The periods the saved settings make after the current one. A period that starts off the anchor day runs to the next anchor day, and its base price is prorated."
    >
      <ol className={styles.upcomingList} aria-live="polite">
        {settings.upcoming.map((span) => {
          const length = daysBetween(span.startsAt, span.endsAt);
          return (
            <li key={span.startsAt} className={styles.upcoming}>
              <PeriodSpan from={span.startsAt} to={span.endsAt} />{' '}
              <span className="cell-secondary">{`(${length} ${length === 1 ? 'day' : 'days'})`}</span>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
