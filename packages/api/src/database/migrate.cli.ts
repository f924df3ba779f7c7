import 'reflect-metadata';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { openDatabaseServer } from './database.ts';
import { createOrm, migrate } from './orm.ts';

const config = loadConfig();
const logger = createLogger(config);
const server = await openDatabaseServer(config, logger);
try {
  const orm = await createOrm({ clientUrl: server.url, poolMax: 2, logger });
  try {
    const applied = await migrate(orm);
    logger.info({ applied }, applied.length ? 'migrations applied' : 'database already up to date');
  } finally {
    await orm.close();
  }
} finally {
  await server.stop();
}
