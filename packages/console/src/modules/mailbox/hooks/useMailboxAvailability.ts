import { useQuery } from '@apollo/client/react';
import { MailboxStatusQuery } from '../graphql/devMailbox.ts';

/** Whether the API keeps a development mailbox (development, no SMTP server). False until it says so. */
export function useMailboxAvailability(): boolean {
  const { data } = useQuery(MailboxStatusQuery, { context: { anonymous: true } });
  return Boolean(data?.devMailbox);
}
