import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { isUuid } from './errors.ts';
import { ValidationFailedError } from '../domain-error.ts';

@ObjectType({ description: 'Where a page of a connection ends, and whether more follow.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items to return, 1 to 100.' })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (a previous `endCursor`).' })
  after?: string | null;
}

/** A Relay connection type over `node` with edges and page info. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} with its cursor.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'An opaque position; pass it as `after` to continue from here.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether more items follow, and the cursor to continue from.' })
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

/** Encodes a keyset position (the sort values of a row) as an opaque cursor. */
function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * What one position of a cursor holds: PostgreSQL's text form of a timestamptz, a UUID, or a
 * text sort key. Each is checked before it reaches SQL, where a cast of a wrong value fails.
 */
export type CursorPart = 'timestamp' | 'uuid' | 'text';

/** Longer than any cursor the API issues (a sort key is at most a 254-character email). */
const MAX_CURSOR_LENGTH = 2048;

/** `2026-11-22 05:38:54.123456+00`, as PostgreSQL prints a timestamptz (offset minutes optional). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-](\d{2})(:[0-5]\d)?$/;

/** Whether `value` is a timestamp PostgreSQL will read: the printed form, and a real date and time. */
function isTimestampText(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offset] = [1, 2, 3, 4, 5, 6, 8].map((index) => Number(match[index]));
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1];
  return (
    year! >= 1 &&
    days !== undefined &&
    day! >= 1 &&
    day! <= days &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offset! <= 15
  );
}

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  timestamp: (value) => typeof value === 'string' && isTimestampText(value),
  uuid: (value) => typeof value === 'string' && isUuid(value),
  text: (value) => typeof value === 'string' && value.length <= MAX_CURSOR_LENGTH && !value.includes('\u0000'),
};

/** Decodes a cursor into its sort values, one per part; VALIDATION_FAILED at `path` on anything else. */
export function decodeCursor(cursor: string, parts: readonly CursorPart[], path = 'after'): string[] {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (
        Array.isArray(values) &&
        values.length === parts.length &&
        parts.every((part, index) => PART_CHECKS[part](values[index]))
      ) {
        return values as string[];
      }
    } catch {
      // not base64 of JSON: refused below
    }
  }
  throw new ValidationFailedError([{ path, message: 'is not a valid cursor' }]);
}

/**
 * Builds a page from rows fetched with `limit first + 1`: the extra row only says a next page
 * exists.
 */
export function toConnection<Row, Node>(
  rows: readonly Row[],
  first: number,
  cursorOf: (row: Row) => readonly (string | number)[],
  nodeOf: (row: Row) => Node,
): { edges: Array<{ cursor: string; node: Node }>; pageInfo: PageInfo } {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: nodeOf(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
