import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { JobDefinition, JobQueue } from '../../jobs/queue.ts';
import type { Logger } from '../../logger.ts';
import { DELIVER_EMAIL_JOB, openEmail } from './mail.service.ts';

const SWEEP_JOB = 'email.sweep';

/** How many due emails one claim takes; they are sent concurrently over the pool. */
const CLAIM_BATCH = 100;
/** A claim's lease: a sender that has not finished by then (it crashed) loses the rows to others. */
const LEASE_SECONDS = 300;
/** One SMTP exchange may not outlast this (well inside the lease). */
const SMTP_TIMEOUT_MS = 60_000;
/** Backoff after a failed attempt: 5 s, 10 s, 20 s… up to an hour. */
const RETRY_BASE_SECONDS = 5;
const RETRY_MAX_SECONDS = 3600;
/** One drain gives way after this long (another wake-up continues), so a job never nears its expiry. */
const DRAIN_BUDGET_MS = 60_000;

export interface MailJobOptions {
  orm: MikroORM;
  queue: JobQueue;
  logger: Logger;
  smtpUrl: string;
  from: string;
  dataEncryptionKey: Buffer;
  /** SMTP connections kept open and used at once (MAIL_CONCURRENCY). */
  concurrency?: number;
}

/** A claimed outbox row, as the claim returns it. */
interface ClaimedEmail {
  id: string;
  to_address: string;
  subject: string;
  template: string;
  html_sealed: string;
  text_sealed: string;
  attempts: number;
}

/** Takes up to `limit` due emails for this sender: disjoint from every other sender's claim. */
async function claimDue(em: EntityManager, limit: number): Promise<ClaimedEmail[]> {
  return em.getConnection().execute<ClaimedEmail[]>(
    `update outbox_email
        set claimed_until = now() + make_interval(secs => ?), attempts = attempts + 1
      where id in (select id from outbox_email
                    where sent_at is null and next_attempt_at <= now()
                      and (claimed_until is null or claimed_until < now())
                    order by next_attempt_at
                    limit ?
                    for update skip locked)
      returning id, to_address, subject, template, html_sealed, text_sealed, attempts`,
    [LEASE_SECONDS, limit],
  );
}

/**
 * Delivery over SMTP (nodemailer, pooled connections). The outbox table is the queue: a wake-up
 * job (`email.deliver`, sent after each commit that wrote mail, at most one waiting) drains it —
 * claim a batch of due rows (`for update skip locked`, with a lease), send them concurrently,
 * record each outcome, repeat until nothing is due; a full batch sends another wake-up, so idle
 * workers of other processes join in on a backlog. Several processes drain at once without
 * sending an email twice: a row is claimed by one of them, and claimed again only once sent
 * (never) or its attempt failed or its lease ran out (the sender died mid-batch; then the mail may
 * go out twice, the one case SMTP leaves open). A failed attempt makes the row due again after a
 * backoff, and the drain queues a delayed wake-up for it; the sweep every minute catches any wake-up
 * lost (a process died between commit and queueing).
 */
export function mailJobs(options: MailJobOptions): JobDefinition<object>[] {
  const concurrency = options.concurrency ?? 5;
  const transport: Transporter = nodemailer.createTransport(
    {
      url: options.smtpUrl,
      pool: true,
      maxConnections: concurrency,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    },
    { from: options.from },
  );

  /**
   * Sends one claimed email: true once the server accepted it. A refusal is recorded at once
   * (the row is due again after the backoff) and the instant of the next attempt returned.
   */
  const deliver = async (em: EntityManager, email: ClaimedEmail): Promise<true | Date | null> => {
    try {
      await transport.sendMail({
        to: email.to_address,
        subject: email.subject,
        ...openEmail(options.dataEncryptionKey, { htmlSealed: email.html_sealed, textSealed: email.text_sealed }),
      });
    } catch (error) {
      const delay = Math.min(RETRY_BASE_SECONDS * 2 ** Math.min(email.attempts - 1, 20), RETRY_MAX_SECONDS);
      const [row] = await em.getConnection().execute<Array<{ next_attempt_at: Date | string }>>(
        `update outbox_email
            set last_error = ?, claimed_until = null, next_attempt_at = now() + make_interval(secs => ?)
          where id = ? returning next_attempt_at`,
        [(error as Error).message.slice(0, 500), delay, email.id],
      );
      options.logger.warn(
        { err: error, emailId: email.id, template: email.template, attempts: email.attempts, retryInSeconds: delay },
        'email not delivered; it will be retried',
      );
      // The driver may hand timestamps over as text.
      return row ? new Date(row.next_attempt_at) : null;
    }
    options.logger.info({ emailId: email.id, template: email.template }, 'email delivered');
    return true;
  };

  const drain = async () => {
    const em = options.orm.em.fork();
    const started = Date.now();
    let retryAt: Date | null = null;
    for (;;) {
      const claimed = await claimDue(em, CLAIM_BATCH);
      if (!claimed.length) break;
      // A full batch: more may be due. Another wake-up lets an idle worker (in another process)
      // drain beside this one.
      if (claimed.length === CLAIM_BATCH) await options.queue.send(DELIVER_EMAIL_JOB, {});
      const outcomes = await Promise.all(claimed.map((email) => deliver(em, email)));
      // The batch's delivered emails, recorded in one statement once all its sends settled.
      const sent = claimed.filter((_, index) => outcomes[index] === true).map((email) => email.id);
      if (sent.length) {
        await em.getConnection().execute(
          `update outbox_email set sent_at = now(), last_error = null, claimed_until = null where id = any(?::uuid[])`,
          // An array literal: the driver would spread a JavaScript array into a list.
          [`{${sent.join(',')}}`],
        );
      }
      for (const at of outcomes) if (at instanceof Date && (!retryAt || at < retryAt)) retryAt = at;
      if (Date.now() - started > DRAIN_BUDGET_MS) {
        await options.queue.send(DELIVER_EMAIL_JOB, {});
        break;
      }
    }
    // Wake up when the first failed email is due again (one waiting wake-up per second of time).
    if (retryAt) {
      await options.queue.send(
        DELIVER_EMAIL_JOB,
        {},
        { key: `at-${Math.ceil(retryAt.getTime() / 1000)}`, startAfter: retryAt },
      );
    }
  };

  const sweep = async () => {
    await options.queue.send(DELIVER_EMAIL_JOB, {});
  };

  return [
    { name: DELIVER_EMAIL_JOB, handle: drain, retryLimit: 10, wakeUp: true },
    { name: SWEEP_JOB, handle: sweep, retryLimit: 0, cron: '* * * * *' },
  ];
}
