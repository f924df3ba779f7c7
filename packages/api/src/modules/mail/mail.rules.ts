import { rule } from 'graphql-shield';
import { described, parentGuarded, type RuleMap } from '../../graphql/authorization.ts';
import type { Context } from '../../graphql/context.ts';
import { DomainError } from '../../graphql/errors.ts';

/** Only while mail stays local: development, no SMTP configured. */
const mailboxEnabled = described(
  rule('mailboxEnabled')((_parent, _args, context: Context) =>
    context.services.mailboxEnabled
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
