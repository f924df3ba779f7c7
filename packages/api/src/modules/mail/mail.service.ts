import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../../jobs/queue.ts';
import { OutboxEmail } from './outbox-email.entity.ts';
import type { RenderedEmail } from './mail.templates.ts';

export const DELIVER_EMAIL_JOB = 'email.deliver';

/**
 * The transactional outbox: `queue` writes the email in the caller's unit of work, so it exists
 * exactly when the action committed; `dispatch` hands committed emails to the delivery job.
 */
export class Outbox {
  private readonly written: OutboxEmail[] = [];

  constructor(private readonly em: EntityManager) {}

  /** Adds an email to the current transaction. */
  queue(to: string, email: RenderedEmail): OutboxEmail {
    const row = this.em.create(OutboxEmail, { to, ...email });
    this.written.push(row);
    return row;
  }

  /** After commit: asks the job queue to deliver what was written (the sweep catches any miss). */
  async dispatch(queue: JobQueue): Promise<void> {
    for (const row of this.written.splice(0)) await queue.send(DELIVER_EMAIL_JOB, { id: row.id }, row.id);
  }
}
