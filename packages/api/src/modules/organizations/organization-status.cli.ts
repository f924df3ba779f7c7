import { randomUUID } from 'node:crypto';
import type { CliCommand } from '../module.ts';
import { OrganizationLifecycleService } from './organization-lifecycle.service.ts';

/**
 * Operator command: suspend an organization (read-only for its members; ORG_SUSPENDED on every
 * change except the owner's billing actions) or lift the suspension.
 *
 *   pnpm --filter @orgplane/api org:suspend <slug or id>
 *   pnpm --filter @orgplane/api org:suspend <slug or id> --resume
 */
export const organizationStatusCommand: CliCommand = {
  name: 'org:suspend',
  usage: 'org:suspend <slug or id> [--resume]',
  async run([target, flag], openOrm) {
    if (!target || (flag && flag !== '--resume')) return false;
    const orm = await openOrm();
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
    }
    return true;
  },
};
