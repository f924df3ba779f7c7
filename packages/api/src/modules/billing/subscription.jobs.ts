import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../jobs/queue.ts';
import type { Logger } from '../../logger.ts';
import { SubscriptionService } from './subscription.service.ts';

/** Ends trials and billing periods every minute (once each, whichever process runs it). */
export function subscriptionJobs(orm: MikroORM, logger: Logger): JobDefinition<object>[] {
  return [
    {
      name: 'subscription.advance',
      cron: '* * * * *',
      retryLimit: 0,
      handle: async () => {
        const changed = await SubscriptionService.advance(orm.em.fork());
        if (changed) logger.info({ changed }, 'subscriptions advanced');
      },
    },
  ];
}
