import type { ReactNode } from 'react';
import styles from './AuthCard.module.css';

interface AuthCardProps {
  /** The page's heading (h1). */
  readonly title: string;
  readonly lead?: ReactNode;
  readonly children: ReactNode;
  /** Links under the card, such as "No account? Sign up". */
  readonly footer?: ReactNode;
}

/** The narrow, centred card the sign-in, sign-up and recovery pages use. */
export function AuthCard({ title, lead, children, footer }: AuthCardProps) {
  return (
    <div className={styles.auth}>
      <div className={styles.authCard}>
        <h1 className={styles.authTitle}>{title}</h1>
        {lead ? <p className={styles.authLead}>{lead}</p> : null}
        {children}
      </div>
      {footer ? <div className={styles.authFooter}>{footer}</div> : null}
    </div>
  );
}
