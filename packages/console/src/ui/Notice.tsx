import type { ReactNode } from 'react';
import styles from './Notice.module.css';

interface NoticeProps {
  readonly tone?: 'info' | 'success' | 'warning';
  readonly title?: string;
  readonly children: ReactNode;
  /** Announce changes politely; leave off for notices that are there from the start. */
  readonly live?: boolean;
}

/** A short message that is not an error: a confirmation, a hint, a warning. */
export function Notice({ tone = 'info', title, children, live = false }: NoticeProps) {
  return (
    <div className={`alert alert--${tone}`} {...(live ? { role: 'status' } : {})}>
      {title ? <p className={styles.alertTitle}>{title}</p> : null}
      <div className="alert__message">{children}</div>
    </div>
  );
}
