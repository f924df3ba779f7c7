import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { errorText } from '../../../ui/errorText.ts';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { AccountSessionsQuery } from '../graphql/sessions.ts';
import { describeUserAgent } from '../utils/describeUserAgent.ts';
import { useRevokeSession } from '../hooks/useAccountMutations.ts';
import styles from './account.module.css';

/** Where the person is signed in, with a way to end any other session. */
export function SessionsSection() {
  const { data, loading, error, refetch } = useQuery(AccountSessionsQuery);
  const [revoke] = useRevokeSession();
  const [revoking, setRevoking] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ sessionId: string; error: unknown } | null>(null);
  // This device first, then the others, newest first (as the API lists them).
  const sessions = (data?.viewer?.sessions.edges.map((edge) => edge.node) ?? []).sort(
    (a, b) => Number(b.current) - Number(a.current),
  );

  const end = (sessionId: string) => {
    if (revoking) return;
    setRevoking(sessionId);
    setFailure(null);
    revoke({ variables: { sessionId } })
      .catch((error: unknown) => setFailure({ sessionId, error }))
      .finally(() => setRevoking(null));
  };

  let body;
  if (sessions.length) {
    body = (
      <ul className={styles.sessions}>
        {sessions.map((session) => {
          const device = describeUserAgent(session.userAgent);
          const titleId = `session-${session.id}`;
          return (
            <li key={session.id} className="session" data-current={session.current || undefined}>
              <div className={styles.sessionMain}>
                <p className={styles.sessionTitle} id={titleId}>
                  {device}
                  {session.current ? <span className="badge badge--accent">This device</span> : null}
                </p>
                <p className={styles.sessionMeta}>
                  Signed in <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
                  {session.ip ? ` from ${session.ip}` : ''} · Last active{' '}
                  <time dateTime={session.lastUsedAt} title={formatDateTime(session.lastUsedAt)}>
                    {formatRelative(session.lastUsedAt)}
                  </time>
                </p>
                {failure?.sessionId === session.id ? (
                  <p className="field__error" role="alert">
                    {errorText(failure.error)}
                  </p>
                ) : null}
              </div>
              {session.current ? (
                <span className={styles.sessionHint}>Use Sign out to end this one.</span>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-describedby={titleId}
                  aria-disabled={revoking === session.id || undefined}
                  onClick={() => end(session.id)}
                >
                  {revoking === session.id ? 'Revoking…' : 'Revoke'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    );
  } else if (error && !loading) {
    body = (
      <ErrorState
        error={error}
        title="Could not load your sessions"
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else {
    body = <LoadingState label="Loading your sessions…" />;
  }

  return (
    <Panel
      title="Sessions"
      description="The browsers and devices signed in to your account. Revoke any you do not recognise."
    >
      {body}
    </Panel>
  );
}
