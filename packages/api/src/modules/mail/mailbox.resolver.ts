import { DateTimeISOResolver } from 'graphql-scalars';
import { Args, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { Connection, PageArgs } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { openEmail } from './mail.service.ts';

@ObjectType({ description: 'An email the API wrote, as the development mailbox shows it.', simpleResolvers: true })
class MailboxMessage {
  @Field(() => ID, { description: 'The email id.' })
  id: string;

  @Field(() => String, { description: 'The recipient.' })
  to: string;

  @Field(() => String, { description: 'The subject line.' })
  subject: string;

  @Field(() => String, { description: 'Which template wrote it, such as `password_reset`.' })
  template: string;

  @Field(() => String, { description: 'The plain-text body.' })
  text: string;

  @Field(() => String, { description: 'The HTML body.' })
  html: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was written.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of the development mailbox.', simpleResolvers: true })
export class MailboxMessageConnection extends Connection(MailboxMessage, 'MailboxMessage') {}

@Resolver()
export class MailboxResolver {
  @Query(() => MailboxMessageConnection, {
    description:
      'Development tool: the emails the API wrote, newest first. Only when the API runs with DEV_MAILBOX and no SMTP server, and only for clients on its own machine (loopback).',
  })
  async devMailbox(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, services }: Context,
  ): Promise<MailboxMessageConnection> {
    return pageByCreation<
      CreationKeyed & {
        to_address: string;
        subject: string;
        template: string;
        html_sealed: string;
        text_sealed: string;
        created_at: Date;
      },
      MailboxMessage
    >(
      em,
      {
        select: `select id as key, created_at::text as created_key, to_address, subject, template, html_sealed, text_sealed, created_at
                   from outbox_email`,
        where: 'true',
        params: [],
        direction: 'desc',
      },
      page,
      (row) => ({
        id: row.key,
        to: row.to_address,
        subject: row.subject,
        template: row.template,
        ...openEmail(services.secrets.dataEncryptionKey, { htmlSealed: row.html_sealed, textSealed: row.text_sealed }),
        createdAt: row.created_at,
      }),
    );
  }
}
