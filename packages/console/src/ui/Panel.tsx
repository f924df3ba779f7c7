import { useId } from 'react';
import type { ReactNode } from 'react';

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
    <section className={`panel${tone === 'danger' ? ' panel--danger' : ''}`} aria-labelledby={headingId}>
      <div className="panel__header">
        <div>
          <h2 id={headingId} className="panel__title">
            {title}
          </h2>
          {description ? <p className="panel__description">{description}</p> : null}
        </div>
        {aside}
      </div>
      <div className="panel__body">{children}</div>
    </section>
  );
}
