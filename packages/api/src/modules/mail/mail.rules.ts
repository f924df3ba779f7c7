import { rule } from 'graphql-shield';
import { described, parentGuarded, type RuleMap } from '../../graphql/authorization.ts';
import type { Context } from '../../graphql/context.ts';
import { DomainError } from '../../domain-error.ts';
import { isLoopbackAddress } from '../../http/client-address.ts';

/**
 * Only while DEV_MAILBOX is on (never with SMTP or in production), and only for a client on this
 * machine: the socket's address must be loopback, whatever X-Forwarded-For claims. Anyone else is
 * told the mailbox is off.
 */
const mailboxEnabled = described(
  rule('mailboxEnabled')((_parent, _args, context: Context) =>
    context.services.mailboxEnabled && isLoopbackAddress(context.socketAddress)
      ? true
      : new DomainError('NOT_FOUND', { message: 'The development mailbox is off.' }),
  ),
  { kind: 'condition', name: 'mailboxEnabled' },
);

export const mailRules: RuleMap = {
  Query: { devMailbox: mailboxEnabled },
  MailboxMessage: { '*': parentGuarded },
  MailboxMessageConnection: { '*': parentGuarded },
  MailboxMessageEdge: { '*': parentGuarded },
};
