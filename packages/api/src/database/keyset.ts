import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, toConnection, type PageInfo } from '../graphql/connection.ts';
import { ValidationFailedError } from '../domain-error.ts';
import { sql } from './sql.ts';

/** A row of a creation-ordered page: its creation time as exact text, and its key. */
export interface CreationKeyed {
  created_key: string;
  key: string;
}

export interface CreationPageQuery {
  /** `select … from …`; must select `<alias>.created_at::text as created_key` and `<alias>.<key> as key`. */
  readonly select: string;
  /** The conditions (without `where`), with `?` placeholders. */
  readonly where: string;
  readonly params: readonly unknown[];
  /** The alias of the table ordered by (its `created_at`, then its key); none for a lone table. */
  readonly alias?: string;
  /** The tie-breaking key column; `id` unless given. */
  readonly key?: string;
  readonly direction: 'asc' | 'desc';
}

/**
 * One keyset page ordered by creation time and key: the cost stays flat at any depth (no
 * OFFSET), and the exact text of the timestamp keeps microseconds in the cursor.
 */
export async function pageByCreation<Row extends CreationKeyed, Node>(
  em: EntityManager,
  query: CreationPageQuery,
  page: { first: number; after?: string | null },
  nodeOf: (row: Row) => Node,
): Promise<{ edges: Array<{ cursor: string; node: Node }>; pageInfo: PageInfo }> {
  const [createdKey, key] = page.after ? decodeCursor(page.after, ['timestamp', 'uuid']) : [null, null];
  const comparison = query.direction === 'asc' ? '>' : '<';
  const prefix = query.alias ? `${query.alias}.` : '';
  const createdColumn = `${prefix}created_at`;
  const keyColumn = `${prefix}${query.key ?? 'id'}`;
  const rows = await sql<Row>(
    em,
    `${query.select}
      where ${query.where}
        and (?::timestamptz is null or (${createdColumn}, ${keyColumn}) ${comparison} (?::timestamptz, ?::uuid))
      order by ${createdColumn} ${query.direction}, ${keyColumn} ${query.direction}
      limit ?`,
    [...query.params, createdKey, createdKey, key, page.first + 1],
  );
  return toConnection(rows, page.first, (row) => [row.created_key, row.key], nodeOf);
}

/**
 * One keyset page of an organization's numbered rows (billing periods, invoices), highest number
 * first. `select` is `select … from <table> <alias> …`; the page adds the org and cursor conditions.
 */
export async function pageByNumber<Row extends { number: number }>(
  em: EntityManager,
  select: string,
  alias: string,
  orgId: string,
  page: { first: number; after?: string | null },
): Promise<{ edges: Array<{ cursor: string; node: Row }>; pageInfo: PageInfo }> {
  const [after] = page.after ? decodeCursor(page.after, ['text']) : [null];
  const before = after === null ? null : Number(after);
  if (before !== null && !(Number.isSafeInteger(before) && before > 0)) {
    throw new ValidationFailedError([{ path: 'after', message: 'is not a valid cursor' }]);
  }
  const rows = await sql<Row>(
    em,
    `${select} where ${alias}.org_id = ? and (?::integer is null or ${alias}.number < ?::integer)
      order by ${alias}.number desc limit ?`,
    [orgId, before, before, page.first + 1],
  );
  return toConnection(
    rows,
    page.first,
    (row) => [String(row.number)],
    (row) => row,
  );
}
