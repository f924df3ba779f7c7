import { Link } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { formatDay } from '../../../ui/formatDate.ts';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useInvoiceDownloads } from '../hooks/useInvoiceDownloads.ts';
import { useInvoices } from '../hooks/useInvoices.ts';
import type { InvoiceSummary } from '../hooks/useInvoices.ts';
import { cycleLabel } from '../utils/billing.ts';
import { formatAmount, invoiceLabel } from '../utils/invoices.ts';
import { InvoiceDownloadButtons } from './InvoiceDownloadButtons.tsx';
import { PeriodSpan } from './PeriodSpan.tsx';
import styles from './billing.module.css';

const CAPTION = 'Invoices, newest first';

/** The invoices: number (opening the invoice), the period it bills, plan and cycle, total and issue date. */
function InvoicesTable({ invoices }: { readonly invoices: readonly InvoiceSummary[] }) {
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
            <th scope="col">Invoice</th>
            <th scope="col">Period</th>
            <th scope="col">Plan</th>
            <th scope="col" className="data-table__number">
              Total
            </th>
            <th scope="col">Issued</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id} data-invoice={invoice.number}>
              <th scope="row">
                <Link to={`/settings/billing/invoices/${invoice.id}`} className={styles.invoiceLink}>
                  {invoiceLabel(invoice.number)}
                </Link>
              </th>
              <td data-label="Period">
                <PeriodSpan from={invoice.periodStart} to={invoice.periodEnd} />
              </td>
              <td data-label="Plan">
                {invoice.planName}
                <span className={styles.cellNote}>
                  {invoice.trial ? (
                    <span className="badge badge--accent">Trial</span>
                  ) : (
                    cycleLabel(invoice.billingCycle)
                  )}
                </span>
              </td>
              <td className={`data-table__number ${styles.totalCell}`} data-label="Total">
                {formatAmount(invoice.total)}
              </td>
              <td data-label="Issued">
                <time dateTime={invoice.issuedAt}>{formatDay(invoice.issuedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The organization's invoices, newest first, with "Load more" and downloads of them all as CSV or
 * JSON; what to expect while there are none.
 */
export function InvoicesPanel() {
  const list = useInvoices();
  const downloads = useInvoiceDownloads();

  let body;
  if (list.loaded) {
    body = list.items.length ? (
      <>
        <InvoicesTable invoices={list.items} />
        <ListFooter list={list} count={list.items.length} noun={['invoice', 'invoices']} />
      </>
    ) : (
      <div className="empty" role="status">
        <p className="empty__title">No invoices yet</p>
        <p>
          An invoice is issued each time a billing period closes: the plan’s base price for the period and a line per
          meter for the usage beyond the included credits. A trial period gets one too, with nothing to pay. The first
          appears here when the current period ends.
        </p>
      </div>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the invoices" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading the invoices…" />;
  }

  return (
    <Panel
      title="Invoices"
      description="One for each closed billing period, newest first. Issued invoices never change."
      aside={
        list.loaded && list.items.length ? <InvoiceDownloadButtons downloads={downloads} label="all invoices" /> : null
      }
    >
      {body}
    </Panel>
  );
}
