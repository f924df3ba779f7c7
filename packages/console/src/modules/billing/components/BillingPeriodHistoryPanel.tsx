import type { PlanFieldsFragment } from '@orgplane/schema/generated/graphql';
import { Link } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useBillingPeriods } from '../hooks/useBillingPeriods.ts';
import type { BillingPeriodItem } from '../hooks/useBillingPeriods.ts';
import { cycleLabel } from '../utils/billing.ts';
import { invoiceLabel, periodKindBadge } from '../utils/invoices.ts';
import { PeriodSpan } from './PeriodSpan.tsx';
import styles from './billing.module.css';

const CAPTION = 'Billing periods, newest first';

/** What a period's invoice cell says: a link to it, or why there is none. */
function InvoiceCell({ period }: { readonly period: BillingPeriodItem }) {
  if (period.invoiceId && period.invoiceNumber !== null) {
    return <Link to={`/settings/billing/invoices/${period.invoiceId}`}>{invoiceLabel(period.invoiceNumber)}</Link>;
  }
  let text = 'Being issued';
  if (!period.closedAt) text = 'When it closes';
  else if (period.kind === 'INACTIVE') text = 'Not invoiced';
  return <span className="data-table__none">{text}</span>;
}

/** The periods: number, dates, what kind, plan and cycle, and the invoice. */
function PeriodsTable({
  periods,
  planName,
}: {
  readonly periods: readonly BillingPeriodItem[];
  readonly planName: (id: string) => string;
}) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': CAPTION, tabIndex: 0 } : {})}
    >
      <table className={`data-table ${styles.stackOnNarrow}`}>
        <caption className="visually-hidden">{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Dates</th>
            <th scope="col">Plan</th>
            <th scope="col">Invoice</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => {
            const badge = periodKindBadge(period.kind);
            return (
              <tr key={period.number} data-period={period.number}>
                <th scope="row">
                  <span className={styles.periodName}>
                    <span>Period {period.number}</span>
                    {period.closedAt ? null : <span className="badge badge--accent">Current</span>}
                  </span>
                </th>
                <td data-label="Dates">
                  <PeriodSpan from={period.startsAt} to={period.endsAt} />
                </td>
                <td data-label="Plan">
                  {period.kind === 'INACTIVE' ? (
                    <span className={`badge badge--${badge.tone}`}>{badge.label}</span>
                  ) : (
                    <>
                      {planName(period.plan)}
                      <span className={styles.cellNote}>
                        {period.kind === 'TRIAL' ? (
                          <span className={`badge badge--${badge.tone}`}>{badge.label}</span>
                        ) : (
                          cycleLabel(period.billingCycle)
                        )}
                      </span>
                    </>
                  )}
                </td>
                <td data-label="Invoice">
                  <InvoiceCell period={period} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Every billing period of the organization, newest first (the open one first), each with its invoice. */
export function BillingPeriodHistoryPanel({ plans }: { readonly plans: readonly PlanFieldsFragment[] }) {
  const list = useBillingPeriods();
  const planName = (id: string) => plans.find((plan) => plan.id === id)?.name ?? id;

  let body;
  if (list.loaded) {
    body = (
      <>
        <PeriodsTable periods={list.items} planName={planName} />
        <ListFooter list={list} count={list.items.length} noun={['period', 'periods']} />
      </>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the billing periods" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading the billing periods…" />;
  }

  return (
    <Panel
      title="Period history"
      description="Every period of the organization, newest first. Each trial or paid period gets its invoice when it closes; time without a subscription is not invoiced."
    >
      {body}
    </Panel>
  );
}
