import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one SQL statement with real bind parameters (`?` placeholders, sent to PostgreSQL as
 * $1, $2, …), inside the entity manager's transaction when there is one. For conditional
 * updates and other statements the unit of work does not express.
 *
 * MikroORM makes the pg driver return timestamps as text; by the schema's naming convention,
 * every result column named `…_at` is turned back into a Date here.
 */
export async function sql<T = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  bindings: readonly unknown[] = [],
): Promise<T[]> {
  const query = em.getKnex().raw(text, bindings as never[]);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  const result = (await query) as { rows: Array<Record<string, unknown>>; fields?: Array<{ name: string }> };
  const dateColumns = (result.fields ?? []).map((field) => field.name).filter((name) => name.endsWith('_at'));
  if (dateColumns.length) {
    for (const row of result.rows) {
      for (const column of dateColumns) {
        const value = row[column];
        if (typeof value === 'string') row[column] = parseTimestamp(value);
      }
    }
  }
  return result.rows as T[];
}

/** PostgreSQL's text form of a timestamptz (`2026-11-22 05:38:54.123456+00`) as a Date. */
function parseTimestamp(value: string): Date {
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a timestamp: ${value}`);
  return date;
}
