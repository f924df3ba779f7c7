import { Transform, type TransformCallback } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportColumn, ExportFormat } from './export-kinds.ts';

/** Cells a spreadsheet would read as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet shows as text: prefixed with `'` when it would start a formula. */
function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A row as the database returns it: every value text (or null), keyed by column name. */
type Row = Record<string, string | null>;

/** The media type an export is answered with. */
export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * A stream turning rows (objects, written one at a time) into the file's bytes, with
 * back-pressure: it takes the next row only when its reader has taken the text so far.
 */
export function exportWriter(format: ExportFormat, columns: readonly ExportColumn[]): Transform {
  return format === 'csv' ? csvWriter(columns) : new JsonArrayWriter(columns);
}

/**
 * RFC 4180 (CRLF line ends, quotes only where needed) with a header row; null is an empty cell.
 * Text columns are neutralised; integers and the API's own values (ids, meters, times) never
 * start a formula and are written as they are, so numbers stay numbers.
 */
function csvWriter(columns: readonly ExportColumn[]): Transform {
  const text = new Set(columns.filter((column) => column.type === 'text').map((column) => column.name));
  return stringify({
    header: true,
    record_delimiter: 'windows',
    columns: columns.map((column) => ({ key: column.name, header: column.name })),
    cast: {
      string: (value, context) =>
        context.column !== undefined && text.has(String(context.column)) ? neutraliseFormula(value) : value,
    },
  });
}

/**
 * A JSON array of objects with the columns as keys, one object per line. Integers are numbers
 * within ±(2^53 − 1), beyond that decimal strings (JSON parsers read numbers as doubles, and a
 * bigint sum could otherwise lose digits); the rest is text or null.
 */
class JsonArrayWriter extends Transform {
  private first = true;
  private readonly integers: ReadonlySet<string>;
  private readonly names: readonly string[];

  constructor(columns: readonly ExportColumn[]) {
    super({ writableObjectMode: true, readableObjectMode: false });
    this.names = columns.map((column) => column.name);
    this.integers = new Set(columns.filter((column) => column.type === 'integer').map((column) => column.name));
  }

  override _transform(row: Row, _encoding: BufferEncoding, callback: TransformCallback): void {
    const object: Record<string, string | number | null> = {};
    for (const name of this.names) {
      const value = row[name] ?? null;
      object[name] = value !== null && this.integers.has(name) ? integer(value) : value;
    }
    callback(null, `${this.first ? '[\n' : ',\n'}${JSON.stringify(object)}`);
    this.first = false;
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.first ? '[]\n' : '\n]\n');
  }
}

function integer(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}
