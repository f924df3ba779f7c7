import { useId } from 'react';
import type { ReactNode } from 'react';
import styles from './Panel.module.css';

interface PanelProps {
  readonly title: string;
  readonly description?: ReactNode;
  /** Something shown next to the title, such as a status badge. */
  readonly aside?: ReactNode;
  readonly tone?: 'default' | 'danger';
  readonly children: ReactNode;
}

/** A titled section of a settings page. */
export function Panel({ title, description, aside, tone = 'default', children }: PanelProps) {
  const headingId = useId();
  return (
    <section
      className={`${styles.panel}${tone === 'danger' ? ` ${styles.panelDanger}` : ''}`}
      aria-labelledby={headingId}
    >
      <div className={styles.panelHeader}>
        <div>
          <h2 id={headingId} className={styles.panelTitle}>
            {title}
          </h2>
          {description ? <p className={styles.panelDescription}>{description}</p> : null}
        </div>
        {aside}
      </div>
      <div className={styles.panelBody}>{children}</div>
    </section>
  );
}
