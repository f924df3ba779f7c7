import { Link } from 'react-router';
import { FormError } from '../../../ui/FormError.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useEmailVerification } from '../hooks/useEmailVerification.ts';
import { useSession } from '../hooks/useSession.ts';

/** Confirms an email address from the emailed link and says how it went. */
export function EmailVerificationResult({ token }: { readonly token: string }) {
  const state = useEmailVerification(token);
  const signedIn = useSession().status === 'signedIn';
  if (state.status === 'verifying') return <LoadingState label="Confirming your email address…" />;
  if (state.status === 'failed') {
    return (
      <div className="form">
        <FormError error={state.error}>
          <p>
            {signedIn ? (
              <>
                You can send yourself a new link from your <Link to="/account">account</Link>.
              </>
            ) : (
              <>
                <Link to="/sign-in?next=%2Faccount">Sign in</Link> to send yourself a new link.
              </>
            )}
          </p>
        </FormError>
      </div>
    );
  }
  return (
    <div className="form">
      <Notice tone="success" title="Your email address is confirmed" live>
        <p>Thank you. We will use this address for sign-in and for messages about your account.</p>
      </Notice>
      <Link to={signedIn ? '/account' : '/sign-in'} className="button button--wide">
        {signedIn ? 'Go to your account' : 'Sign in'}
      </Link>
    </div>
  );
}
