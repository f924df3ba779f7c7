import { pipeline, type Readable } from 'node:stream';
import QueryStream from 'pg-query-stream';
import type { MikroORM } from '../../database/orm.ts';
import type { Logger } from '../../logger.ts';
import type { ExportQuery } from './export-kinds.ts';
import { exportWriter } from './export-writers.ts';
import type { ExportColumn, ExportFormat } from './export-kinds.ts';

/** Rows fetched per round trip to the cursor; also what the row stream buffers. */
const BATCH_ROWS = 500;

/** The pg client knex pools (a `pg.Client`), as far as this file drives it. */
interface PooledClient {
  query(text: string, values?: readonly unknown[]): Promise<unknown>;
  query(stream: QueryStream): QueryStream;
  /** knex discards a pooled connection marked with this instead of lending it again. */
  __knex__disposed?: unknown;
}
interface KnexClient {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(connection: PooledClient): Promise<unknown>;
}

/** What to run and write. */
export interface ExportRun {
  readonly orgId: string;
  readonly userId: string;
  readonly query: ExportQuery;
  readonly format: ExportFormat;
  readonly columns: readonly ExportColumn[];
}

/**
 * The export's bytes, streamed from a server-side cursor: a connection of the application
 * role's pool in a read-only, repeatable-read transaction that has entered the org (and user)
 * for row-level security, so the query sees one snapshot of the org's rows only. Rows flow with
 * back-pressure (the cursor is read only as fast as the client takes the bytes), so memory stays
 * flat however many rows there are. The transaction ends and the connection goes back to the
 * pool when the stream ends, fails or is destroyed (a client that leaves): a connection whose
 * rollback fails is discarded, never lent again in an unknown state.
 */
export async function openExportStream(appOrm: MikroORM, logger: Logger, run: ExportRun): Promise<Readable> {
  const client = appOrm.em.getKnex().client as KnexClient;
  const connection = await client.acquireConnection();
  let released = false;
  const release = async (outcome: 'commit' | 'rollback') => {
    if (released) return;
    released = true;
    try {
      await connection.query(outcome);
    } catch (error) {
      logger.warn({ err: error }, 'export: ending the transaction failed; the connection is discarded');
      connection.__knex__disposed = error;
    }
    await client.releaseConnection(connection);
  };
  let rows: QueryStream;
  try {
    await connection.query('begin isolation level repeatable read read only');
    await connection.query(`select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
      run.orgId,
      run.userId,
    ]);
    rows = connection.query(new QueryStream(run.query.text, [...run.query.values], { batchSize: BATCH_ROWS }));
  } catch (error) {
    await release('rollback');
    throw error;
  }
  return pipeline(rows, exportWriter(run.format, run.columns), (error) => {
    if (error) logger.info({ err: error }, 'export stream ended early');
    void release(error ? 'rollback' : 'commit');
  });
}
