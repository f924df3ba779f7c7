/**
 * Runs an operator command that a module declares (`ApiModule.commands`), as the schema owner:
 *
 *   pnpm --filter @orgplane/api cli <command> [args]
 */
import 'reflect-metadata';
import { loadConfig } from './config.ts';
import { openDatabaseServer, type DatabaseServer } from './database/database.ts';
import { createOrm, type MikroORM } from './database/orm.ts';
import { createLogger } from './logger.ts';
import { MODULES } from './modules/index.ts';

const commands = MODULES.flatMap((module) => module.commands ?? []);
function usage(lines: readonly string[]): never {
  console.error(['usage:', ...lines.map((line) => `  ${line}`)].join('\n'));
  process.exit(2);
}

const [name, ...args] = process.argv.slice(2);
const command = commands.find((candidate) => candidate.name === name);
if (!command) usage(commands.map((known) => known.usage));

let opened: { server: DatabaseServer; orm: MikroORM } | undefined;
const openOrm = async () => {
  if (!opened) {
    const config = loadConfig();
    const logger = createLogger(config);
    const server = await openDatabaseServer(config, logger);
    opened = { server, orm: await createOrm({ clientUrl: server.url, poolMax: 2, logger }) };
  }
  return opened.orm;
};
try {
  if (!(await command.run(args, openOrm))) usage([command.usage]);
} finally {
  await opened?.orm.close();
  await opened?.server.stop();
}
