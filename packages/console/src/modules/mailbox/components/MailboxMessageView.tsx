import { useId, useState } from 'react';
import type { DocumentType } from '@orgplane/schema/generated';
import { formatDateTime } from '../../../ui/formatDate.ts';
import type { DevMailboxQuery } from '../graphql/devMailbox.ts';
import { LinkifiedText } from './LinkifiedText.tsx';
import styles from './mailbox.module.css';

/** One email of the development mailbox. */
export type MailboxMessage = DocumentType<typeof DevMailboxQuery>['devMailbox']['edges'][number]['node'];

type BodyView = 'html' | 'text';

/**
 * The HTML body in a sandboxed frame: no scripts, no access to the console; links open in the
 * whole window (so an emailed console link works as it would from a mail client).
 */
function htmlDocument(html: string): string {
  const base = '<base target="_top">';
  return /<head[^>]*>/iu.test(html) ? html.replace(/<head([^>]*)>/iu, `<head$1>${base}`) : `${base}${html}`;
}

/** An email with its headers and its body as HTML or as plain text. */
export function MailboxMessageView({ message }: { readonly message: MailboxMessage }) {
  const [view, setView] = useState<BodyView>('html');
  const headingId = useId();
  const group = useId();
  return (
    <article className={styles.mailView} aria-labelledby={headingId}>
      <header className={styles.mailViewHeader}>
        <h2 id={headingId} className={styles.mailViewSubject}>
          {message.subject}
        </h2>
        <dl className={styles.mailViewMeta}>
          <div>
            <dt>To</dt>
            <dd>{message.to}</dd>
          </div>
          <div>
            <dt>Sent</dt>
            <dd>
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>Template</dt>
            <dd>
              <code>{message.template}</code>
            </dd>
          </div>
        </dl>
        <fieldset className={`segmented ${styles.segmentedCompact}`}>
          <legend className="visually-hidden">Show the body as</legend>
          <div className="segmented__options">
            {(['html', 'text'] as const).map((option) => (
              <label key={option} className="segmented__option">
                <input
                  className="segmented__input"
                  type="radio"
                  name={group}
                  value={option}
                  checked={view === option}
                  onChange={() => setView(option)}
                />
                <span className="segmented__label">{option === 'html' ? 'HTML' : 'Plain text'}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </header>
      {view === 'html' ? (
        <iframe
          key={message.id}
          className={styles.mailViewFrame}
          title={`HTML body of “${message.subject}”`}
          sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
          srcDoc={htmlDocument(message.html)}
        />
      ) : (
        <pre className={styles.mailViewText}>
          <LinkifiedText text={message.text} />
        </pre>
      )}
    </article>
  );
}
