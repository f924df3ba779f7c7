import type { EntityManager } from '@mikro-orm/postgresql';
import { afterCommit } from '../../graphql/request-transaction.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { decryptSecret, encryptSecret } from '../../security/crypto.ts';
import { OutboxEmail } from './outbox-email.entity.ts';
import type { RenderedEmail } from './mail.templates.ts';

/** The wake-up job that drains the outbox (mail.jobs.ts); it carries no data. */
export const DELIVER_EMAIL_JOB = 'email.deliver';

/**
 * The transactional outbox: `queue` writes the email in the caller's unit of work, so it exists
 * exactly when the action committed; `dispatch` wakes the delivery job once it is committed.
 */
export class Outbox {
  private readonly written: OutboxEmail[] = [];

  /** `key` encrypts the bodies at rest. */
  constructor(private readonly key: Buffer) {}

  /** Adds an email to the unit of work of `em` (the transaction of the action). */
  queue(em: EntityManager, to: string, email: RenderedEmail): OutboxEmail {
    const row = em.create(OutboxEmail, {
      to,
      subject: email.subject,
      template: email.template,
      htmlSealed: encryptSecret(this.key, email.html),
      textSealed: encryptSecret(this.key, email.text),
    });
    this.written.push(row);
    return row;
  }

  /**
   * Wakes the delivery job once what was written is committed: at the end of the request
   * transaction of `em` if there is one, else now (the sweep catches any miss). One wake-up for
   * any number of emails; the job finds them in the table.
   */
  async dispatch(queue: JobQueue, em: EntityManager): Promise<void> {
    if (!this.written.splice(0).length) return;
    await afterCommit(em, () => queue.send(DELIVER_EMAIL_JOB, {}));
  }
}

/** An outbox email's bodies, decrypted. */
export function openEmail(
  key: Buffer,
  email: Pick<OutboxEmail, 'htmlSealed' | 'textSealed'>,
): { html: string; text: string } {
  return { html: decryptSecret(key, email.htmlSealed), text: decryptSecret(key, email.textSealed) };
}
