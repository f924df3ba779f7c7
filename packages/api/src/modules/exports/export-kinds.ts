import type { AbilityId } from '@orgplane/schema';
import { INVOICE_EXPORT, INVOICES_EXPORT } from './invoice-exports.ts';
import { USAGE_EVENTS_EXPORT, USAGE_PERIOD_TOTALS_EXPORT, USAGE_TOTALS_EXPORT } from './usage-exports.ts';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
/** How an export is written: CSV (RFC 4180, with a header row) or a JSON array of objects. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * How a column's values are written.
 * - `text`: free text a caller chose (CSV neutralises spreadsheet formulas in it);
 * - `integer`: PostgreSQL's decimal text of an integer (JSON: a number when within ±(2^53 − 1),
 *   else the decimal string, so no digit is lost);
 * - `keyword`: a value the API chose (an id, a meter, an ISO 8601 timestamp or date): written as is.
 */
type ExportColumnType = 'text' | 'integer' | 'keyword';

/** One column: its name (the header in CSV, the key in JSON, the alias in the query) and type. */
export interface ExportColumn {
  readonly name: string;
  readonly type: ExportColumnType;
}

/** A query with `$1, $2, …` parameters whose result columns are exactly the kind's columns, by name. */
export interface ExportQuery {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** What an export kind's parameters are stored as: JSON (the link's `params` column). */
export type ExportParams = Record<string, string | number | boolean | null>;

/**
 * One kind of export. `Input` is what its mutation takes; `Params` what is stored with the link
 * and read back at download. Adding a kind is one entry in `EXPORT_KINDS` (and, if it needs
 * one, a mutation that calls `ExportService.create` with its id).
 */
export interface ExportKind<Input, Params extends ExportParams> {
  /** The ability needed to create the link and, again, to download it. */
  readonly ability: AbilityId;
  /** The start of the file name (`usage-events`). */
  readonly fileStem: string;
  readonly columns: readonly ExportColumn[];
  /** Checks the input (throwing `ValidationFailedError` with `input.<field>` paths) and returns the parameters. */
  params(input: Input): Params;
  /** What the file name says after the stem (`2026-12-01-2026-12-31`). */
  fileSuffix(params: Params): string;
  /** The rows, in the order they are written; run under the org's row-level security. */
  statement(orgId: string, params: Params): ExportQuery;
}

/**
 * Every export kind, by the id stored in `export_link.kind`. The download reads its ability,
 * columns and query from here. (Declared with method syntax, the kinds' own input and parameter
 * types fit the registry's type.)
 */
export const EXPORT_KINDS = {
  usage_events: USAGE_EVENTS_EXPORT,
  usage_totals: USAGE_TOTALS_EXPORT,
  usage_period_totals: USAGE_PERIOD_TOTALS_EXPORT,
  invoice: INVOICE_EXPORT,
  invoices: INVOICES_EXPORT,
} as const satisfies Record<string, ExportKind<never, ExportParams>>;

export type ExportKindId = keyof typeof EXPORT_KINDS;

/** Whether a stored kind is still in the registry. */
export function isExportKindId(value: string): value is ExportKindId {
  return Object.hasOwn(EXPORT_KINDS, value);
}

/** A kind by its id, its types erased: for the download, which reads the parameters back from the link. */
export function exportKind(id: ExportKindId): ExportKind<never, ExportParams> {
  return EXPORT_KINDS[id] as ExportKind<never, ExportParams>;
}

/** The input type of a kind's `params`. */
export type ExportInput<K extends ExportKindId> = Parameters<(typeof EXPORT_KINDS)[K]['params']>[0];
