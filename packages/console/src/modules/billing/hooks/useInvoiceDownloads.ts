import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CreateInvoiceExportMutation } from '../graphql/invoices.ts';

/** Ways to download invoices, each starting its download when called. */
export interface InvoiceDownloads {
  readonly csv: () => void;
  readonly json: () => void;
  /** A link is being asked for. */
  readonly busy: boolean;
  /** Why the last download could not start. */
  readonly error: Error | null;
}

/**
 * Downloads of one invoice (its lines), or of every invoice without an id, as CSV or JSON: the
 * API answers a link that works once for a few minutes, and the browser follows it at once, which
 * saves the file without leaving the page.
 */
export function useInvoiceDownloads(invoiceId?: string): InvoiceDownloads {
  const [create, { loading }] = useMutation(CreateInvoiceExportMutation);
  const [error, setError] = useState<Error | null>(null);
  const download = (format: 'CSV' | 'JSON') => {
    setError(null);
    create({ variables: { input: { invoiceId: invoiceId ?? null, format } } })
      .then(({ data }) => {
        const url = data?.createInvoiceExport?.url;
        if (url) window.location.assign(url);
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure : new Error(String(failure))));
  };
  return { csv: () => download('CSV'), json: () => download('JSON'), busy: loading, error };
}
