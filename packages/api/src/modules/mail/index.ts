import { defineModule } from '../module.ts';
import { mailJobs } from './mail.jobs.ts';
import { mailRules } from './mail.rules.ts';
import { MailboxResolver } from './mailbox.resolver.ts';
import { OutboxEmail } from './outbox-email.entity.ts';

/** The mail outbox, its SMTP delivery and the development mailbox. */
export const mailModule = defineModule({
  name: 'mail',
  resolvers: [MailboxResolver],
  rules: mailRules,
  entities: [OutboxEmail],
  // Without SMTP nothing is delivered: the outbox keeps the mail (the development mailbox reads it).
  jobs: ({ config, orm, queue, logger, secrets }) =>
    config.smtpUrl
      ? mailJobs({
          orm,
          queue,
          logger,
          smtpUrl: config.smtpUrl,
          from: config.mailFrom,
          concurrency: config.mailConcurrency,
          dataEncryptionKey: secrets.dataEncryptionKey,
        })
      : [],
});
