import {
  defineConfig,
  MikroORM,
  type EventSubscriber,
  type Knex,
  type TransactionEventArgs,
} from '@mikro-orm/postgresql';
import type { Logger } from '../logger.ts';
import { ENTITIES } from './entities.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { PostgresNamingStrategy } from './naming-strategy.ts';

export type { MikroORM };

export interface OrmOptions {
  clientUrl: string;
  poolMax: number;
  logger: Logger;
  /**
   * How long opening one connection and waiting for a pooled one may take. Requests keep the
   * defaults (a down database answers 503 quickly); one-off work such as migrating the test
   * template on a loaded machine may wait longer.
   */
  timeouts?: { connectMs: number; acquireMs: number };
}

/** How long opening one connection may take. */
const CONNECT_TIMEOUT_MS = 3_000;
/** How long a query may wait for a pooled connection (including opening one). */
const ACQUIRE_TIMEOUT_MS = 5_000;

/**
 * Connects MikroORM to PostgreSQL. Entities and migrations are listed statically; the migrator is
 * loaded by `migrate` when a migration is pending.
 */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const { connectMs, acquireMs } = options.timeouts ?? { connectMs: CONNECT_TIMEOUT_MS, acquireMs: ACQUIRE_TIMEOUT_MS };
  return MikroORM.init(
    defineConfig({
      clientUrl: options.clientUrl,
      entities: ENTITIES,
      namingStrategy: PostgresNamingStrategy,
      discovery: { warnWhenNoEntities: false },
      migrations: {
        snapshot: false,
        transactional: true,
        allOrNothing: true,
        silent: true,
      },
      pool: {
        min: 0,
        max: options.poolMax,
        // A request waits at most this long for a connection, then answers 503 (a database that
        // is down or unreachable, or a pool exhausted for that long).
        acquireTimeoutMillis: acquireMs,
        createTimeoutMillis: connectMs,
        // A failed connection attempt fails the waiting requests at once instead of retrying
        // until the acquire timeout; the next request simply tries to connect again.
        propagateCreateError: true,
      },
      driverOptions: {
        // pg's own connect timeout, so a connection attempt to an unreachable host is abandoned.
        connection: { connectionTimeoutMillis: connectMs },
        log: knexLog(options.logger),
      },
      subscribers: [new BeginFailureSubscriber()],
      allowGlobalContext: false,
      forceUtcTimezone: true,
      debug: false,
      logger: (message) => options.logger.debug({ orm: message }, 'orm'),
    }),
  );
}

/**
 * When BEGIN itself fails (the connection died just then, as in a database restart), knex still
 * hands out the transaction, already completed, and keeps BEGIN's error to itself: the first
 * query then fails with "Transaction query already complete", which says nothing about why. This
 * throws BEGIN's real error instead, so it is classified like any other (`unavailable.ts`).
 */
class BeginFailureSubscriber implements EventSubscriber {
  async afterTransactionStart({ transaction }: TransactionEventArgs): Promise<void> {
    const trx = transaction as Knex.Transaction | undefined;
    if (!trx?.isCompleted()) return;
    await trx.executionPromise;
    throw new Error('The transaction completed before it started.');
  }
}

/** knex's own messages (such as a pooled connection found dead after a restart) go to our log. */
function knexLog(logger: Logger) {
  return {
    warn: (message: string) => logger.warn({ knex: message }, 'database pool'),
    error: (message: string) => logger.error({ knex: message }, 'database pool'),
    deprecate: (message: string) => logger.warn({ knex: message }, 'database pool'),
    debug: (message: string) => logger.debug({ knex: message }, 'database pool'),
  };
}

/** Where MikroORM records the migrations applied. */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * Applies every pending migration; returns the names applied. Without one pending it reads the
 * migrations table and loads nothing more; otherwise MikroORM's migrator (umzug) runs them.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  if ((await pendingMigrations(orm)).length === 0) return [];
  const [{ Migrator }, migrationsList] = await Promise.all([
    import('@mikro-orm/migrations'),
    Promise.all(MIGRATIONS.map(async ({ name, load }) => ({ name, class: await load() }))),
  ]);
  orm.config.set('migrations', { ...orm.config.get('migrations'), migrationsList });
  const applied = await new Migrator(orm.em).up();
  return applied.map((migration) => migration.name);
}

/** Whether the database answers and every migration is applied. */
export async function isReady(orm: MikroORM): Promise<boolean> {
  try {
    return (await pendingMigrations(orm)).length === 0;
  } catch {
    return false;
  }
}

/** The names of the listed migrations the database has not recorded as applied, in order. */
async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const connection = orm.em.getConnection();
  const [table] = await connection.execute<Array<{ found: boolean }>>(
    `select to_regclass('${MIGRATIONS_TABLE}') is not null as found`,
  );
  const applied = table?.found
    ? await connection.execute<Array<{ name: string }>>(`select name from ${MIGRATIONS_TABLE}`)
    : [];
  const names = new Set(applied.map((row) => row.name));
  return MIGRATIONS.map((migration) => migration.name).filter((name) => !names.has(name));
}
