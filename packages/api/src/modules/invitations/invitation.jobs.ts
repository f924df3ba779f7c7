import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../jobs/queue.ts';
import type { Logger } from '../../logger.ts';
import { InvitationService } from './invitation.service.ts';

/** Persists invitation expiries every minute (they read as expired at once regardless). */
export function invitationJobs(orm: MikroORM, logger: Logger): JobDefinition<object>[] {
  return [
    {
      name: 'invitation.expire',
      cron: '* * * * *',
      retryLimit: 0,
      handle: async () => {
        const expired = await InvitationService.persistExpiries(orm.em.fork());
        if (expired) logger.info({ expired }, 'invitations expired');
      },
    },
  ];
}
