import type { MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { JobDefinition, JobQueue } from '../../jobs/queue.ts';
import type { Logger } from '../../logger.ts';
import { DELIVER_EMAIL_JOB, openEmail } from './mail.service.ts';
import { OutboxEmail } from './outbox-email.entity.ts';

const SWEEP_JOB = 'email.sweep';

export interface MailJobOptions {
  orm: MikroORM;
  queue: JobQueue;
  logger: Logger;
  smtpUrl: string;
  from: string;
  dataEncryptionKey: Buffer;
}

/**
 * Delivery over SMTP (nodemailer): one job per outbox email, retried with backoff by pg-boss
 * while the server is unreachable, and a sweep every minute that re-queues anything unsent
 * (for example when a process died between commit and queueing).
 */
export function mailJobs(options: MailJobOptions): JobDefinition<{ id?: string }>[] {
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl, { from: options.from });

  const deliver = async ({ id }: { id?: string }) => {
    if (!id) return;
    const em = options.orm.em.fork();
    const email = await em.findOne(OutboxEmail, { id });
    if (!email || email.sentAt) return;
    email.attempts += 1;
    try {
      await transport.sendMail({
        to: email.to,
        subject: email.subject,
        ...openEmail(options.dataEncryptionKey, email),
      });
      email.sentAt = new Date();
      email.lastError = null;
      options.logger.info({ emailId: id, template: email.template }, 'email delivered');
    } catch (error) {
      email.lastError = (error as Error).message.slice(0, 500);
      throw error;
    } finally {
      await em.flush();
    }
  };

  const sweep = async () => {
    const em = options.orm.em.fork();
    const stale = await em.find(
      OutboxEmail,
      { sentAt: null, createdAt: { $lt: new Date(Date.now() - 60_000) } },
      { fields: ['id'], limit: 500 },
    );
    for (const { id } of stale) await options.queue.send(DELIVER_EMAIL_JOB, { id }, id);
  };

  return [
    { name: DELIVER_EMAIL_JOB, handle: deliver, retryLimit: 10 },
    { name: SWEEP_JOB, handle: sweep, retryLimit: 0, cron: '* * * * *' },
  ];
}
