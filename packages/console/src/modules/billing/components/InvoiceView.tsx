import { formatDay } from '../../../ui/formatDate.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { formatCredits } from '../../usage/utils/usage.ts';
import type { InvoiceDetail } from '../hooks/useInvoice.ts';
import { useInvoiceDownloads } from '../hooks/useInvoiceDownloads.ts';
import { cycleLabel } from '../utils/billing.ts';
import { daysBetween, formatAmount, invoiceLabel } from '../utils/invoices.ts';
import { InvoiceDownloadButtons } from './InvoiceDownloadButtons.tsx';
import { InvoiceLinesTable } from './InvoiceLinesTable.tsx';
import { PeriodSpan } from './PeriodSpan.tsx';
import styles from './billing.module.css';

/** "1 day", "17 days". */
function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/** Why the base price charged is not the cycle's, in a sentence. */
function prorationNote(invoice: InvoiceDetail): string {
  const length = Math.max(0, daysBetween(invoice.periodStart, invoice.periodEnd));
  return (
    `The period was shorter than a whole ${cycleLabel(invoice.billingCycle).toLowerCase()} period ` +
    `(it lasted ${length < 1 ? 'less than a day' : days(length)}), so the base price of ${formatAmount(invoice.basePrice)} ` +
    `is charged in proportion to its length: ${formatAmount(invoice.proratedBase)}. A period is shorter when the ` +
    'plan’s cycle changed during it or its end day was changed.'
  );
}

/**
 * One invoice: the period, plan and cycle it bills and when it was issued; the base price (and
 * why it was prorated, when it was), a line per meter, and the totals. A trial's invoice says
 * there is nothing to pay. The download buttons show once downloads are available.
 */
export function InvoiceView({ invoice }: { readonly invoice: InvoiceDetail }) {
  const downloads = useInvoiceDownloads(invoice.id);
  const label = invoiceLabel(invoice.number);
  const prorated = invoice.proratedBase.amount !== invoice.basePrice.amount;

  return (
    <div className="stack">
      {invoice.trial ? (
        <Notice title="Trial — nothing to pay">
          <p>
            This invoice closes a free trial period. It lists the usage of the trial for the record; nothing is charged
            for it.
          </p>
        </Notice>
      ) : null}
      <Panel
        title="Summary"
        description="What this invoice bills. Issued invoices never change."
        aside={<InvoiceDownloadButtons downloads={downloads} label={label} />}
      >
        <dl className={`facts ${styles.invoiceFacts}`}>
          <div>
            <dt>Invoice</dt>
            <dd>{label}</dd>
          </div>
          <div>
            <dt>Period</dt>
            <dd>
              <PeriodSpan from={invoice.periodStart} to={invoice.periodEnd} />
            </dd>
          </div>
          <div>
            <dt>Plan</dt>
            <dd>
              {invoice.planName}, {invoice.trial ? 'trial' : cycleLabel(invoice.billingCycle).toLowerCase()}
            </dd>
          </div>
          <div>
            <dt>Issued</dt>
            <dd>
              <time dateTime={invoice.issuedAt}>{formatDay(invoice.issuedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>Included credits</dt>
            <dd>
              {formatCredits(invoice.includedCredits)}; {formatCredits(invoice.usedCredits)} used
            </dd>
          </div>
        </dl>
      </Panel>

      <Panel
        title="Usage"
        description="One line per meter. The plan’s included credits cover the meters in this order; credits beyond them are billed at the plan’s price per 1,000 credits."
      >
        {invoice.lines.length ? (
          <InvoiceLinesTable lines={invoice.lines} />
        ) : (
          <p className={styles.quiet}>No usage was recorded in this period.</p>
        )}
      </Panel>

      <Panel title="Total">
        <dl className={styles.totals}>
          <div>
            <dt>Base price</dt>
            <dd>{invoice.trial ? 'Free during the trial' : formatAmount(invoice.basePrice)}</dd>
          </div>
          {prorated && !invoice.trial ? (
            <div>
              <dt>Prorated base price</dt>
              <dd>{formatAmount(invoice.proratedBase)}</dd>
            </div>
          ) : null}
          <div>
            <dt>Usage</dt>
            <dd>{formatAmount(invoice.usageAmount)}</dd>
          </div>
          <div className={styles.grandTotal}>
            <dt>Total</dt>
            <dd>{formatAmount(invoice.total)}</dd>
          </div>
        </dl>
        {prorated && !invoice.trial ? <p className={styles.quiet}>{prorationNote(invoice)}</p> : null}
        {invoice.trial ? <p className={styles.quiet}>Trial — nothing to pay.</p> : null}
      </Panel>
    </div>
  );
}
