import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { ValidationFailedError } from './errors.ts';

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
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor into `count` sort values; VALIDATION_FAILED on anything malformed. */
export function decodeCursor(cursor: string, count: number, path = 'after'): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === count &&
      values.every((value) => typeof value === 'string' || typeof value === 'number')
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through
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
