import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, toConnection, type PageInfo } from '../graphql/connection.ts';
import { sql } from './sql.ts';

/** A row of a creation-ordered page: its creation time as exact text, and its key. */
export interface CreationKeyed {
  created_key: string;
  key: string;
}

export interface CreationPageQuery {
  /** `select … from …`; must select `<created column>::text as created_key` and `<key column> as key`. */
  readonly select: string;
  /** The conditions (without `where`), with `?` placeholders. */
  readonly where: string;
  readonly params: readonly unknown[];
  /** The creation column, such as `s.created_at`. */
  readonly createdColumn: string;
  /** The tie-breaking key column, such as `s.id`. */
  readonly keyColumn: string;
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
  const rows = await sql<Row>(
    em,
    `${query.select}
      where ${query.where}
        and (?::timestamptz is null or (${query.createdColumn}, ${query.keyColumn}) ${comparison} (?::timestamptz, ?::uuid))
      order by ${query.createdColumn} ${query.direction}, ${query.keyColumn} ${query.direction}
      limit ?`,
    [...query.params, createdKey, createdKey, key, page.first + 1],
  );
  return toConnection(rows, page.first, (row) => [row.created_key, row.key], nodeOf);
}
