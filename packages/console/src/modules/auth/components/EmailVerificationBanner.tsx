import { useState } from 'react';
import { errorText } from '../../../ui/errorText.ts';
import { useCurrentUser } from '../hooks/useCurrentUser.ts';
import { useResendEmailVerification } from '../hooks/useAuthMutations.ts';
import styles from './auth.module.css';

/** Across the top while the signed-in person's email address is unconfirmed, with a way to resend the link. */
export function EmailVerificationBanner() {
  const { user } = useCurrentUser();
  const [resend, { loading }] = useResendEmailVerification();
  const [outcome, setOutcome] = useState<{ sent: true } | { error: unknown } | null>(null);
  if (!user || user.emailVerified) return null;

  const send = () => {
    if (loading) return;
    setOutcome(null);
    resend().then(
      () => setOutcome({ sent: true }),
      (error: unknown) => setOutcome({ error }),
    );
  };

  return (
    <div className="banner" role="region" aria-label="Email confirmation">
      <div className="banner__inner">
        <p>
          <strong>Confirm your email address.</strong> We sent a link to {user.email}.
        </p>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-disabled={loading || undefined}
          onClick={send}
        >
          {loading ? 'Sending…' : 'Send a new link'}
        </button>
        <p className={styles.bannerStatus} role="status">
          {outcome && 'sent' in outcome ? 'Sent. The new link replaces the earlier ones.' : null}
          {outcome && 'error' in outcome ? errorText(outcome.error) : null}
        </p>
      </div>
    </div>
  );
}
