import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { useCallback } from 'react';
import { InvoiceQuery } from '../graphql/invoices.ts';

/** One invoice in full, as its page shows it. */
export type InvoiceDetail = DocumentType<typeof InvoiceQuery>['invoice'];

/** One meter's line of an invoice. */
export type InvoiceLineItem = InvoiceDetail['lines'][number];

/**
 * One invoice with its lines; nothing is asked while `skip` (a role that may not read billing).
 * Issued invoices never change: the cached one is shown as it is.
 */
export function useInvoice(id: string, skip = false) {
  const query = useQuery(InvoiceQuery, { variables: { id }, skip });
  const invoice = query.data?.invoice;
  const { refetch } = query;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { invoice, error: invoice ? undefined : query.error, retry };
}
