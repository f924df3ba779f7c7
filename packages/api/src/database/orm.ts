import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.ts';
import { ENTITIES } from './entities.ts';
import { MIGRATIONS } from './migrations/index.ts';

export type { MikroORM };

export interface OrmOptions {
  clientUrl: string;
  poolMax: number;
  logger: Logger;
}

/** Connects MikroORM to PostgreSQL. Entities and migrations are listed statically. */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(
    defineConfig({
      clientUrl: options.clientUrl,
      entities: ENTITIES,
      discovery: { warnWhenNoEntities: false },
      extensions: [Migrator],
      migrations: {
        migrationsList: MIGRATIONS,
        snapshot: false,
        transactional: true,
        allOrNothing: true,
        silent: true,
      },
      pool: { min: 0, max: options.poolMax },
      allowGlobalContext: false,
      forceUtcTimezone: true,
      debug: false,
      logger: (message) => options.logger.debug({ orm: message }, 'orm'),
    }),
  );
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/** Whether the database answers and every migration is applied. */
export async function isReady(orm: MikroORM): Promise<boolean> {
  try {
    return (await orm.getMigrator().getPendingMigrations()).length === 0;
  } catch {
    return false;
  }
}
