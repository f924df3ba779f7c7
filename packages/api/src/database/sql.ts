import { DriverException, PostgreSqlExceptionConverter, type EntityManager } from '@mikro-orm/postgresql';

/** The pg connection a statement runs on, and what knex gives it back to (nothing in a transaction). */
interface Connection {
  query(config: { text: string; values: readonly unknown[] }): Promise<PgResult>;
}
interface PgResult {
  rows: Array<Record<string, unknown>>;
  fields?: Array<{ name: string }>;
}
/** The parts of knex's client `sql` drives the pool and its query events through. */
interface KnexClient {
  acquireConnection(): Promise<Connection>;
  releaseConnection(connection: Connection): Promise<unknown>;
  emit(event: 'query', query: { sql: string; bindings: readonly unknown[] }): boolean;
}

/** `?` placeholders as `$1, $2, …`, once per distinct statement text (bounded). */
const positional = new Map<string, string>();
const POSITIONAL_LIMIT = 2000;

function numbered(text: string): string {
  let done = positional.get(text);
  if (done === undefined) {
    let n = 0;
    done = text.replace(/\?/g, () => `$${++n}`);
    if (positional.size >= POSITIONAL_LIMIT) positional.clear();
    positional.set(text, done);
  }
  return done;
}

/**
 * Runs one SQL statement with real bind parameters (`?` placeholders, sent to PostgreSQL as
 * $1, $2, …), inside the entity manager's transaction when there is one. For conditional
 * updates and other statements the unit of work does not express.
 *
 * It runs on the pg connection itself, the transaction's own or one borrowed from the pool (the
 * request path's statements skip knex's query builder and MikroORM's result mapping), and
 * announces the statement as knex's `query` event, as knex would, for whoever counts statements.
 * A `?` is always a parameter: no SQL text here uses PostgreSQL's jsonb `?` operators.
 *
 * MikroORM makes the pg driver return timestamps as text; by the schema's naming convention,
 * every result column named `…_at` is turned back into a Date here.
 *
 * A statement the database refuses throws MikroORM's typed exception, as the entity manager's own
 * statements do: `UniqueConstraintViolationException`, `ForeignKeyConstraintViolationException`,
 * `CheckConstraintViolationException`, `DeadlockException` (deadlock and serialization failure)…
 * Catch those with `instanceof`; never compare SQLSTATE codes.
 */
export async function sql<T = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  bindings: readonly unknown[] = [],
): Promise<T[]> {
  if (bindings.includes(undefined)) throw new Error(`Undefined binding in: ${text.trim().slice(0, 80)}`);
  const transaction = em.getTransactionContext() as { client: KnexClient; isCompleted(): boolean } | undefined;
  // As knex refuses it: the connection of a transaction that ended is back in the pool, another
  // request's (and another tenant's) by now.
  if (transaction?.isCompleted()) throw new Error(`Transaction completed: ${text.trim().slice(0, 80)}`);
  const client = transaction?.client ?? (em.getKnex().client as KnexClient);
  const statement = { text: numbered(text), values: bindings };
  const connection = await client.acquireConnection();
  let result: PgResult;
  try {
    client.emit('query', { sql: statement.text, bindings });
    result = await connection.query(statement);
  } catch (error) {
    throw error instanceof Error ? em.getDriver().convertException(error) : error;
  } finally {
    if (!transaction) await client.releaseConnection(connection);
  }
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

/**
 * PostgreSQL's text form of a timestamptz (`2026-11-22 05:38:54.123456+00`, or `+05:30` in
 * another time zone) as a Date.
 */
function parseTimestamp(value: string): Date {
  const iso = `${value.slice(0, 10)}T${value.slice(11)}`;
  const date = new Date(iso.endsWith('+00') ? `${iso.slice(0, -3)}Z` : iso.replace(/([+-]\d{2})$/, '$1:00'));
  if (Number.isNaN(date.getTime())) throw new Error(`Not a timestamp: ${value}`);
  return date;
}

const converter = new PostgreSqlExceptionConverter();

/**
 * The database error behind `error` as MikroORM's typed exception, or null when there is none.
 * Statements run through the entity manager or `sql` already throw typed exceptions; a failed
 * COMMIT or savepoint release (a deferred constraint trigger, a serialization failure found at
 * commit) reaches its caller as pg's own error, which is converted here the same way. Walks the
 * wrappers GraphQL and others put around an error (`originalError`, `cause`). MikroORM's
 * PostgreSQL converter maps both serialization failure (40001) and deadlock (40P01) to
 * `DeadlockException`.
 */
export function driverException(error: unknown): DriverException | null {
  let current = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth += 1) {
    if (current instanceof DriverException) return current;
    if (isPostgresError(current)) {
      // The converter appends the detail to the message it is given: give it a copy.
      const copy = Object.assign(new Error(current.message), current, { stack: current.stack });
      return converter.convertException(copy);
    }
    const wrapper = current as { originalError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return null;
}

/**
 * An error PostgreSQL sent (pg's DatabaseError: a severity and a five-character SQLSTATE),
 * recognized by its fields: more than one copy of pg can be installed, so `instanceof` may fail.
 */
function isPostgresError(error: Error): boolean {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof severity === 'string' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/** The constraint a typed constraint exception names (PostgreSQL's `constraint` field), if any. */
export function violatedConstraint(error: DriverException): string | undefined {
  const { constraint } = error as { constraint?: unknown };
  return typeof constraint === 'string' ? constraint : undefined;
}
