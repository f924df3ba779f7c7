import { Mailbox } from '../modules/mailbox/components/Mailbox.tsx';

/** The development mailbox: emails the API wrote instead of sending them. */
export function MailboxPage() {
  return (
    <>
      <title>Mailbox · Orgplane</title>
      <div className="page-header">
        <p>
          <span className="badge badge--warning">Development tool</span>
        </p>
        <h1>Development mailbox</h1>
        <p className="page-header__lead">
          The API was started with <code>DEV_MAILBOX</code> and no SMTP server: it keeps the emails it writes here
          instead of sending them, so you can follow confirmation and reset links while developing. It answers only on
          the machine the API runs on, and never in production: whoever reads these links can take over the accounts.
        </p>
      </div>
      <Mailbox />
    </>
  );
}
