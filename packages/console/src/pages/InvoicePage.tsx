import { Link, useParams } from 'react-router';
import { BillingReadGate } from '../modules/billing/components/BillingReadGate.tsx';
import { InvoiceView } from '../modules/billing/components/InvoiceView.tsx';
import { useInvoice } from '../modules/billing/hooks/useInvoice.ts';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { invoiceLabel } from '../modules/billing/utils/invoices.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { errorCodeOf } from '../ui/errorCode.ts';
import { LoadingState } from '../ui/LoadingState.tsx';
import styles from './InvoicePage.module.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page's title and header: the invoice's number once known, with the way back to the list. */
function InvoiceHeader({ number, lead }: { readonly number: number | null; readonly lead?: string }) {
  const label = number === null ? null : invoiceLabel(number);
  return (
    <>
      <title>{label ? `${label} · Invoices · Orgplane` : 'Invoice · Orgplane'}</title>
      <div className="page-header">
        <p className={styles.breadcrumb}>
          <Link to="/settings/billing/invoices">
            <span aria-hidden="true">← </span>All invoices
          </Link>
        </p>
        <h1>{label ? `Invoice ${label}` : 'Invoice'}</h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
      </div>
    </>
  );
}

function InvoiceNotFound() {
  return (
    <div className="unavailable" role="status">
      <h2 className="unavailable__title">This invoice does not exist</h2>
      <p>
        There is no invoice at this address in this organization. The link may be mistyped, or the invoice belongs to
        another organization: switch to that one and open the link again.
      </p>
      <p>
        <Link to="/settings/billing/invoices">See all invoices</Link>
      </p>
    </div>
  );
}

/** The invoice, once loaded; its error, or that it does not exist. */
function InvoiceContent({ invoiceId }: { readonly invoiceId: string }) {
  const { invoice, error, retry } = useInvoice(invoiceId);
  if (!invoice) {
    if (error && errorCodeOf(error) === 'NOT_FOUND') return <InvoiceNotFound />;
    return error ? (
      <ErrorState error={error} title="Could not load the invoice" onRetry={retry} />
    ) : (
      <LoadingState label="Loading the invoice…" />
    );
  }
  return <InvoiceView invoice={invoice} />;
}

/** The header, with the invoice's number once it is loaded (from the cache, which the content fills). */
function InvoiceTitle({ invoiceId }: { readonly invoiceId: string }) {
  const { ready, can } = useAbilities();
  const { invoice } = useInvoice(invoiceId, !ready || !can('billing.read'));
  return (
    <InvoiceHeader
      number={invoice?.number ?? null}
      lead={invoice ? `${invoice.planName}, issued when its billing period closed.` : undefined}
    />
  );
}

/** `/settings/billing/invoices/:invoiceId`: one invoice with its lines and totals. */
export function InvoicePage() {
  const { invoiceId = '' } = useParams();
  const valid = UUID.test(invoiceId);
  return (
    <>
      {valid ? <InvoiceTitle invoiceId={invoiceId} /> : <InvoiceHeader number={null} />}
      <BillingReadGate title="Invoices are not available to your role" what="the invoices">
        {valid ? <InvoiceContent invoiceId={invoiceId} /> : <InvoiceNotFound />}
      </BillingReadGate>
    </>
  );
}
