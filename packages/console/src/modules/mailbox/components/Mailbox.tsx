import { useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useDevMailbox } from '../hooks/useDevMailbox.ts';
import { MailboxMessageView } from './MailboxMessageView.tsx';
import styles from './mailbox.module.css';

/** The development mailbox: every email the API wrote, newest first, and the one being read. */
export function Mailbox() {
  const { messages, hasMore, loading, error, off, loadMore, reload } = useDevMailbox();
  const [selectedId, setSelectedId] = useState<string | null>(null);

  if (off) {
    return (
      <Notice tone="info" title="The development mailbox is off">
        <p>
          This API delivers email through an SMTP server, or was started without <code>DEV_MAILBOX</code>, or is on
          another machine, so it shows no copy here. Look in the inbox the email was sent to.
        </p>
      </Notice>
    );
  }
  if (error && !messages.length)
    return <ErrorState error={error} title="Could not load the mailbox" onRetry={reload} />;
  if (loading && !messages.length) return <LoadingState label="Loading the mailbox…" />;

  const selected = messages.find((message) => message.id === selectedId) ?? messages[0];
  return (
    <div className="mailbox">
      <div className={styles.mailboxToolbar}>
        <p className={styles.mailboxCount} aria-live="polite">
          {messages.length === 0
            ? 'No emails yet.'
            : `${messages.length}${hasMore ? '+' : ''} ${messages.length === 1 && !hasMore ? 'email' : 'emails'}, newest first.`}
        </p>
        <button type="button" className="button button--secondary button--small" onClick={reload}>
          {loading ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {messages.length === 0 ? (
        <div className="empty">
          <p>Emails the API writes (confirmations, password resets, invitations) show up here.</p>
        </div>
      ) : (
        <div className={styles.mailboxPanes}>
          <nav className={styles.mailboxList} aria-label="Emails">
            <ul>
              {messages.map((message) => (
                <li key={message.id}>
                  <button
                    type="button"
                    className={styles.mailItem}
                    aria-current={message.id === selected?.id ? 'true' : undefined}
                    onClick={() => setSelectedId(message.id)}
                  >
                    <span className={styles.mailItemSubject}>{message.subject}</span>
                    <span className={styles.mailItemTo}>{message.to}</span>
                    <time
                      className={styles.mailItemTime}
                      dateTime={message.createdAt}
                      title={formatDateTime(message.createdAt)}
                    >
                      {formatRelative(message.createdAt)}
                    </time>
                  </button>
                </li>
              ))}
            </ul>
            {hasMore ? (
              <button type="button" className="button button--secondary button--small" onClick={loadMore}>
                Load older emails
              </button>
            ) : null}
          </nav>
          {selected ? <MailboxMessageView message={selected} /> : null}
        </div>
      )}
    </div>
  );
}
