import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useSession } from '../hooks/useSession.ts';
import { signInPathFor } from '../utils/nextPath.ts';
import { restoreSession } from '../utils/session.ts';

/** What the API not answering looks like to `errorCodeOf`: SERVICE_UNAVAILABLE. */
const UNREACHABLE = new TypeError('The API could not be reached.');

/**
 * A route guard: its child routes render only with a session. Without one it sends the person to
 * `/sign-in?next=<this page>`, so they come back here after signing in.
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <LoadingState label="Checking your session…" />;
  if (session.status === 'signedOut') {
    if (session.reason === 'unavailable') {
      return (
        <ErrorState error={UNREACHABLE} title="Could not check your session" onRetry={() => void restoreSession()} />
      );
    }
    // Someone who just signed out (or deleted the account) chose to leave; do not offer to bring them back.
    const to =
      session.reason === 'signedOut' || session.reason === 'accountDeleted'
        ? '/sign-in'
        : signInPathFor(`${location.pathname}${location.search}${location.hash}`);
    return <Navigate to={to} replace />;
  }
  return <Outlet />;
}
