/**
 * Operator command: suspend an organization (read-only for its members; ORG_SUSPENDED on every
 * change except the owner's billing actions) or lift the suspension.
 *
 *   pnpm --filter @orgplane/api org:suspend <slug or id>
 *   pnpm --filter @orgplane/api org:suspend <slug or id> --resume
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../config.ts';
import { openDatabaseServer } from '../../database/database.ts';
import { createOrm } from '../../database/orm.ts';
import { createLogger } from '../../logger.ts';
import { OrganizationLifecycleService } from './organization-lifecycle.service.ts';

const [target, flag] = process.argv.slice(2);
if (!target || (flag && flag !== '--resume')) {
  console.error('usage: org:suspend <slug or id> [--resume]');
  process.exit(2);
}
const config = loadConfig();
const logger = createLogger(config);
const server = await openDatabaseServer(config, logger);
const orm = await createOrm({ clientUrl: server.url, poolMax: 2, logger });
try {
  const suspended = flag !== '--resume';
  const id = await new OrganizationLifecycleService(orm.em.fork()).setSuspended(target, suspended, {
    userId: null,
    label: 'operator',
    ip: 'cli',
    userAgent: null,
    requestId: randomUUID(),
  });
  console.log(`${suspended ? 'suspended' : 'resumed'} organization ${id}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await orm.close();
  await server.stop();
}
