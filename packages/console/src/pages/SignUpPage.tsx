import { Link, Navigate, useSearchParams } from 'react-router';
import { SignUpForm } from '../modules/auth/components/SignUpForm.tsx';
import { useSession } from '../modules/auth/hooks/useSession.ts';
import { isInvitationPath, safeNextPath } from '../modules/auth/utils/nextPath.ts';
import { AuthCard } from '../ui/AuthCard.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';

/** A new account with its own organization; afterwards, the account page (or `?next=`). */
export function SignUpPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), '/account');
  if (session.status === 'signedIn') return <Navigate to={next} replace />;
  return (
    <>
      <title>Create an account · Orgplane</title>
      <AuthCard
        title="Create your Orgplane account"
        lead={
          isInvitationPath(next)
            ? 'Use the address your invitation was sent to. Afterwards you come back to the invitation to accept it.'
            : 'You get your own organization right away; invite your team later.'
        }
        footer={
          <p>
            Already have an account? <Link to={`/sign-in${params.size ? `?${params.toString()}` : ''}`}>Sign in</Link>
          </p>
        }
      >
        {session.status === 'restoring' ? <LoadingState label="Checking your session…" /> : <SignUpForm />}
      </AuthCard>
    </>
  );
}
