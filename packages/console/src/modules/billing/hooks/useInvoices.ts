import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { InvoicesQuery } from '../graphql/invoices.ts';

/** Invoices per page of the list. */
const INVOICE_PAGE_SIZE = 20;

/** One invoice as the list shows it. */
export type InvoiceSummary = DocumentType<typeof InvoicesQuery>['invoices']['edges'][number]['node'];

/** The organization's invoices, newest first, with "Load more"; asked again on every visit (a close may have issued one). */
export function useInvoices() {
  const query = useQuery(InvoicesQuery, {
    variables: { first: INVOICE_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return usePagedList(query, (data) => data.invoices);
}
