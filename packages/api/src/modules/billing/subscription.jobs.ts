import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../jobs/queue.ts';
import type { Logger } from '../../logger.ts';
import { InvoiceService } from './invoice.service.ts';
import { SubscriptionService } from './subscription.service.ts';

/**
 * Ends trials and billing periods, then issues the invoices of the periods that closed: every
 * minute, once each, whichever process runs it.
 */
export function subscriptionJobs(orm: MikroORM, logger: Logger): JobDefinition<object>[] {
  return [
    {
      name: 'subscription.advance',
      cron: '* * * * *',
      retryLimit: 0,
      handle: async () => {
        const changed = await SubscriptionService.advance(orm.em.fork());
        if (changed) logger.info({ changed }, 'subscriptions advanced');
        const issued = await InvoiceService.issueDue(orm.em.fork());
        if (issued) logger.info({ issued }, 'invoices issued');
      },
    },
  ];
}
