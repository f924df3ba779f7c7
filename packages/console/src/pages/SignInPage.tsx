import { Link, Navigate, useSearchParams } from 'react-router';
import { SignInForm } from '../modules/auth/components/SignInForm.tsx';
import { useSession } from '../modules/auth/hooks/useSession.ts';
import { isInvitationPath, safeNextPath } from '../modules/auth/utils/nextPath.ts';
import { AuthCard } from '../ui/AuthCard.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Notice } from '../ui/Notice.tsx';

/** Sign-in; afterwards, back to the page that asked for it (`?next=`). */
export function SignInPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  if (session.status === 'signedIn') return <Navigate to={next} replace />;
  const signUpLink = params.has('next') ? `/sign-up?${new URLSearchParams({ next }).toString()}` : '/sign-up';
  return (
    <>
      <title>Sign in · Orgplane</title>
      <AuthCard
        title="Sign in to Orgplane"
        lead={isInvitationPath(next) ? 'Sign in with the address your invitation was sent to.' : undefined}
        footer={
          <p>
            New to Orgplane? <Link to={signUpLink}>Create an account</Link>
          </p>
        }
      >
        {session.status === 'restoring' ? (
          <LoadingState label="Checking your session…" />
        ) : (
          <SignInForm
            notice={
              session.reason === 'accountDeleted' ? (
                <Notice tone="success" title="Your account is deleted" live>
                  <p>
                    Your account, the organizations you owned and your memberships are gone. Thank you for using
                    Orgplane.
                  </p>
                </Notice>
              ) : session.reason === 'expired' ? (
                <Notice tone="warning">Your session has ended. Sign in again to continue.</Notice>
              ) : session.reason === 'signedOut' ? (
                <Notice tone="info">You are signed out.</Notice>
              ) : null
            }
          />
        )}
      </AuthCard>
    </>
  );
}
