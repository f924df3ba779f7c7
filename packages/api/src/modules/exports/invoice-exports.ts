import { ValidationFailedError } from '../../domain-error.ts';
import type { ExportKind } from './export-kinds.ts';

/** Which invoice an export of one invoice holds. */
export interface InvoiceExportInput {
  readonly invoiceId: string;
}

type InvoiceExportParams = { invoiceId: string; number: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Microsecond ISO 8601 in UTC, as PostgreSQL stores it. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The columns that say which invoice a row belongs to, and its totals (repeated on each of its lines). */
const INVOICE_COLUMNS = [
  { name: 'invoiceNumber', type: 'integer' },
  { name: 'invoiceId', type: 'keyword' },
  { name: 'issuedAt', type: 'keyword' },
  { name: 'periodStart', type: 'keyword' },
  { name: 'periodEnd', type: 'keyword' },
  { name: 'plan', type: 'keyword' },
  { name: 'billingCycle', type: 'keyword' },
  { name: 'trial', type: 'keyword' },
  { name: 'currency', type: 'keyword' },
] as const;

const INVOICE_SELECT = `i.number::text as "invoiceNumber", i.id as "invoiceId", ${iso('i.created_at')} as "issuedAt",
  ${iso('i.period_starts_at')} as "periodStart", ${iso('i.period_ends_at')} as "periodEnd", i.plan,
  i.billing_cycle as "billingCycle", (i.period_kind = 'trial')::text as trial, i.currency`;

/**
 * One invoice, a row per line (one per meter, in catalogue order) with the invoice's number,
 * period and totals on each: amounts in cents, unit prices per 1,000 credits.
 */
export const INVOICE_EXPORT: ExportKind<InvoiceExportInput & { number: number }, InvoiceExportParams> = {
  ability: 'billing.read',
  fileStem: 'invoice',
  columns: [
    ...INVOICE_COLUMNS,
    { name: 'line', type: 'integer' },
    { name: 'meter', type: 'keyword' },
    { name: 'quantity', type: 'integer' },
    { name: 'credits', type: 'integer' },
    { name: 'includedCredits', type: 'integer' },
    { name: 'billableCredits', type: 'integer' },
    { name: 'unitPrice', type: 'integer' },
    { name: 'amount', type: 'integer' },
    { name: 'lateQuantity', type: 'integer' },
    { name: 'lateCredits', type: 'integer' },
    { name: 'basePrice', type: 'integer' },
    { name: 'proratedBase', type: 'integer' },
    { name: 'usageAmount', type: 'integer' },
    { name: 'total', type: 'integer' },
  ],
  params(input) {
    if (!UUID.test(input.invoiceId)) {
      throw new ValidationFailedError([{ path: 'input.invoiceId', message: 'is not an invoice id' }]);
    }
    return { invoiceId: input.invoiceId.toLowerCase(), number: input.number };
  },
  fileSuffix: (params) => String(params.number).padStart(4, '0'),
  statement(orgId, params) {
    return {
      text: `select ${INVOICE_SELECT}, l.line::text as line, l.meter, l.quantity::text as quantity, l.credits::text as credits,
                    l.included_credits::text as "includedCredits", l.billable_credits::text as "billableCredits",
                    l.unit_price::text as "unitPrice", l.amount::text as amount, l.late_quantity::text as "lateQuantity",
                    l.late_credits::text as "lateCredits", i.base_price::text as "basePrice",
                    i.prorated_base::text as "proratedBase", i.usage_amount::text as "usageAmount", i.total::text as total
               from invoice i join invoice_line l on l.org_id = i.org_id and l.invoice_id = i.id
              where i.org_id = $1 and i.id = $2
              order by l.line`,
      values: [orgId, params.invoiceId],
    };
  },
};

/** Every invoice of the organization, a row each, oldest first. */
export const INVOICES_EXPORT: ExportKind<Record<string, never>, Record<string, never>> = {
  ability: 'billing.read',
  fileStem: 'invoices',
  columns: [
    ...INVOICE_COLUMNS,
    { name: 'includedCredits', type: 'integer' },
    { name: 'usedCredits', type: 'integer' },
    { name: 'basePrice', type: 'integer' },
    { name: 'proratedBase', type: 'integer' },
    { name: 'usageAmount', type: 'integer' },
    { name: 'total', type: 'integer' },
  ],
  params: () => ({}),
  fileSuffix: () => 'all',
  statement(orgId) {
    return {
      text: `select ${INVOICE_SELECT}, i.included_credits::text as "includedCredits", i.used_credits::text as "usedCredits",
                    i.base_price::text as "basePrice", i.prorated_base::text as "proratedBase",
                    i.usage_amount::text as "usageAmount", i.total::text as total
               from invoice i where i.org_id = $1 order by i.number`,
      values: [orgId],
    };
  },
};
