import { randomUUID } from 'node:crypto';
import type { CliCommand } from '../module.ts';
import { SubscriptionService } from './subscription.service.ts';

/**
 * Operator command: suspend an active subscription (usage recording and new workspaces,
 * environments and API keys are refused with SUBSCRIPTION_INACTIVE) or reinstate it.
 *
 *   pnpm --filter @orgplane/api cli subscription:suspend <slug or id>
 *   pnpm --filter @orgplane/api cli subscription:suspend <slug or id> --resume
 */
export const subscriptionStatusCommand: CliCommand = {
  name: 'subscription:suspend',
  usage: 'subscription:suspend <slug or id> [--resume]',
  async run([target, flag], openOrm) {
    if (!target || (flag && flag !== '--resume')) return false;
    const orm = await openOrm();
    try {
      const suspended = flag !== '--resume';
      const row = await SubscriptionService.setSuspended(orm.em.fork(), target, suspended, {
        userId: null,
        label: 'operator',
        ip: 'cli',
        userAgent: null,
        requestId: randomUUID(),
      });
      console.log(`subscription of organization ${row.org_id} is ${row.status}`);
    } catch (error) {
      console.error((error as Error).message);
      process.exitCode = 1;
    }
    return true;
  },
};
