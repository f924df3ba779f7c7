import { useId, useRef, useState } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { formatDateTime } from '../../../ui/formatDate.ts';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { formatCount, formatQuantity, meterInfo } from '../../usage/utils/usage.ts';
import type { MemberItem } from '../hooks/useMemberList.ts';
import { useMemberUsageEvents } from '../hooks/useMemberUsageEvents.ts';
import { UNLIMITED_CREDITS, formatCreditLimit } from '../utils/credits.ts';
import { CreditLimitForm } from './CreditLimitForm.tsx';
import styles from './members.module.css';

interface MemberUsageDialogProps {
  /** The member, as the list has them now (their credits follow a change made here). */
  readonly member: MemberItem;
  /** Whether the signed-in person sees credits on each event. */
  readonly withCosts: boolean;
  /** Whether the signed-in person may change the member's credit limit here. */
  readonly canSetLimit: boolean;
  readonly onClose: () => void;
}

/** The member's events, newest first: how much of which meter, credits, when, and what reported it. */
function EventsTable({
  caption,
  events,
  withCosts,
}: {
  readonly caption: string;
  readonly events: ReturnType<typeof useMemberUsageEvents>['items'];
  readonly withCosts: boolean;
}) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
    >
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Usage</th>
            {withCosts ? (
              <th scope="col" className="data-table__number">
                Credits
              </th>
            ) : null}
            <th scope="col">When</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const meter = meterInfo(event.meter);
            return (
              <tr key={event.id}>
                <td>
                  <span className="cell-primary">{formatQuantity(event.quantity, meter.unit)}</span>
                  <span className="cell-secondary">
                    {event.model ? `${meter.label} · ${event.model}` : meter.label}
                  </span>
                </td>
                {withCosts ? <td className="data-table__number">{formatCount(event.credits ?? 0)}</td> : null}
                <td>
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                </td>
                <td>
                  <span className="cell-primary">{event.source}</span>
                  <span className="cell-secondary" title="Idempotency key">
                    {event.idempotencyKey}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A member's credits and usage history, opened from their credit figure in the member list: used
 * against the limit (which the owner changes here), and their usage events, newest first, with
 * "Load more".
 */
export function MemberUsageDialog({ member, withCosts, canSetLimit, onClose }: MemberUsageDialogProps) {
  const creditsId = useId();
  const historyId = useId();
  const list = useMemberUsageEvents(member.id, withCosts);
  const [saved, setSaved] = useState<string | null>(null);
  const submitting = useRef(false);
  const name = member.user.displayName;
  const used = member.usedCredits ?? 0;
  const limit = member.creditLimit ?? UNLIMITED_CREDITS;

  let history;
  if (list.loaded) {
    history = list.items.length ? (
      <>
        <EventsTable caption={`Usage events of ${name}, newest first`} events={list.items} withCosts={withCosts} />
        <ListFooter list={list} count={list.items.length} noun={['event', 'events']} />
      </>
    ) : (
      <p className={styles.usageEmpty}>No usage has been recorded for {name} yet.</p>
    );
  } else if (list.error) {
    history = <ErrorState error={list.error} title="Could not load the usage history" onRetry={list.retry} />;
  } else {
    history = <LoadingState label="Loading the usage history…" />;
  }

  return (
    <Dialog
      title={`Usage of ${name}`}
      description={`${member.user.email}: the credits they have used, and every usage event attributed to them, newest first.`}
      size="wide"
      onClose={() => (submitting.current ? undefined : onClose())}
    >
      <section className={styles.usageSection} aria-labelledby={creditsId}>
        <h3 id={creditsId} className={styles.usageHeading}>
          Credits
        </h3>
        <dl className={`facts ${styles.usageFacts}`}>
          <div>
            <dt>Used</dt>
            <dd>{formatCount(used)}</dd>
          </div>
          <div>
            <dt>Limit</dt>
            <dd>{formatCreditLimit(limit)}</dd>
          </div>
          {limit === UNLIMITED_CREDITS ? null : (
            <div>
              <dt>Left</dt>
              <dd>
                {formatCount(Math.max(0, limit - used))}
                {used >= limit ? <span className="badge badge--warning">Limit reached</span> : null}
              </dd>
            </div>
          )}
        </dl>
        {saved ? (
          <Notice tone="success" live>
            {saved}
          </Notice>
        ) : null}
        {canSetLimit ? (
          <div className={styles.usageLimitEditor}>
            <CreditLimitForm
              member={member}
              autoFocus={false}
              onSubmittingChange={(value) => {
                submitting.current = value;
                if (value) setSaved(null);
              }}
              onSaved={setSaved}
            />
          </div>
        ) : null}
      </section>
      <section className={styles.usageSection} aria-labelledby={historyId}>
        <h3 id={historyId} className={styles.usageHeading}>
          Usage history
        </h3>
        {history}
      </section>
    </Dialog>
  );
}
