import { graphql } from '@orgplane/schema/generated';

/** An invoice as the list shows it: its number, period, plan and total, and when it was issued. */
graphql(`
  fragment InvoiceSummaryFields on Invoice {
    id
    number
    periodStart
    periodEnd
    plan
    planName
    billingCycle
    trial
    issuedAt
    total {
      amount
      currency
    }
  }
`);

/** The organization's invoices, newest first, a page at a time. */
export const InvoicesQuery = graphql(`
  query Invoices($first: Int!, $after: String) {
    invoices(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...InvoiceSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One invoice in full: its base price and proration, a line per meter, and the totals. */
export const InvoiceQuery = graphql(`
  query Invoice($id: ID!) {
    invoice(id: $id) {
      ...InvoiceSummaryFields
      includedCredits
      usedCredits
      basePrice {
        amount
        currency
      }
      proratedBase {
        amount
        currency
      }
      usageAmount {
        amount
        currency
      }
      lines {
        line
        meter
        quantity
        credits
        includedCredits
        billableCredits
        unitPrice {
          amount
          currency
        }
        amount {
          amount
          currency
        }
        lateQuantity
        lateCredits
      }
    }
  }
`);

/** A single-use download link for one invoice (its lines) or, without an id, every invoice. */
export const CreateInvoiceExportMutation = graphql(`
  mutation CreateInvoiceExport($input: CreateInvoiceExportInput!) {
    createInvoiceExport(input: $input) {
      url
      filename
    }
  }
`);
