import { Mailbox } from '../modules/mailbox/components/Mailbox.tsx';

/** The development mailbox: emails the API wrote instead of sending them. */
export function MailboxPage() {
  return (
    <>
      <title>Mailbox · Orgplane</title>
      <div className="page-header">
        <h1>Development mailbox</h1>
        <p className="page-header__lead">
          Without an SMTP server, the API keeps the emails it writes here instead of sending them, so you can follow
          confirmation and reset links while developing.
        </p>
      </div>
      <Mailbox />
    </>
  );
}
