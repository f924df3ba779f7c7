import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../jobs/queue.ts';
import type { Logger } from '../../logger.ts';
import { OrganizationLifecycleService } from './organization-lifecycle.service.ts';

/** Deletes organizations archived more than 30 days ago, hourly. */
export function organizationJobs(orm: MikroORM, logger: Logger): JobDefinition<object>[] {
  return [
    {
      name: 'organization.purge',
      cron: '17 * * * *',
      retryLimit: 2,
      handle: async () => {
        const deleted = await OrganizationLifecycleService.purge(orm.em.fork());
        if (deleted) logger.info({ deleted }, 'archived organizations deleted');
      },
    },
  ];
}
