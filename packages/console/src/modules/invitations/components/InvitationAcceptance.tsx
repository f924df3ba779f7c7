import { useQuery } from '@apollo/client/react';
import type { ErrorCode } from '@orgplane/schema';
import type { DocumentType } from '@orgplane/schema/generated';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { AuthCard } from '../../../ui/AuthCard.tsx';
import { errorCodeOf } from '../../../ui/errorCode.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { useSession, useTenant } from '../../auth/hooks/useSession.ts';
import { useSignOut } from '../../auth/hooks/useSignOut.ts';
import { signInPathFor } from '../../auth/utils/nextPath.ts';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';
import { InvitationPreviewQuery } from '../graphql/invitationAcceptance.ts';
import { useAcceptInvitation } from '../hooks/useInvitationMutations.ts';
import styles from './invitations.module.css';

type Preview = NonNullable<DocumentType<typeof InvitationPreviewQuery>['invitationPreview']>;

/** Why an invitation cannot be accepted, each with a page of its own. */
type Dead = 'unknown' | 'expired' | 'revoked' | 'accepted' | 'mismatch' | 'member' | 'archived';

const DEAD_BY_CODE: Partial<Record<ErrorCode, Dead>> = {
  TOKEN_INVALID: 'unknown',
  INVITATION_EXPIRED: 'expired',
  INVITATION_REVOKED: 'revoked',
  INVITATION_ALREADY_ACCEPTED: 'accepted',
  INVITATION_EMAIL_MISMATCH: 'mismatch',
  ALREADY_MEMBER: 'member',
  MEMBER_ARCHIVED: 'archived',
};

const DEAD_BY_STATUS = { EXPIRED: 'expired', REVOKED: 'revoked', ACCEPTED: 'accepted' } as const;

interface DeadEndProps {
  readonly reason: Dead;
  readonly preview: Preview | null;
  readonly invitePath: string;
}

/** A dead end that says why and what to do instead. */
function DeadEnd({ reason, preview, invitePath }: DeadEndProps) {
  const signedIn = useSession().status === 'signedIn';
  const { user } = useCurrentUser();
  const { signOut, pending, error } = useSignOut();
  const org = preview?.organizationName ?? 'the organization';
  const inviter = preview?.inviterName ?? `an admin of ${org}`;
  const home = signedIn ? (
    <Link to="/" className="button button--wide">
      Go to the console
    </Link>
  ) : (
    <Link to="/sign-in" className="button button--wide">
      Sign in
    </Link>
  );

  const pages: Record<Dead, { title: string; body: ReactNode; action: ReactNode }> = {
    unknown: {
      title: 'This invitation link does not work',
      body: (
        <p>
          The link may be incomplete or mistyped. Open it exactly as it is in the email, or ask the person who invited
          you to send a new invitation.
        </p>
      ),
      action: home,
    },
    expired: {
      title: 'This invitation has expired',
      body: (
        <p>
          Invitation links work for 7 days. Ask {inviter} to send you a new invitation to {org}.
        </p>
      ),
      action: home,
    },
    revoked: {
      title: 'This invitation was withdrawn',
      body: (
        <p>
          {org} revoked this invitation, or sent a newer one that replaces it. Look for a newer email, or ask {inviter}{' '}
          to invite you again.
        </p>
      ),
      action: home,
    },
    accepted: {
      title: 'This invitation has already been used',
      body: (
        <p>
          Each invitation link works once. If you accepted it, {org} is in your list of organizations; otherwise ask{' '}
          {inviter} for a new invitation.
        </p>
      ),
      action: home,
    },
    member: {
      title: `You are already a member of ${org}`,
      body: <p>Choose {org} in the organization menu at the top of the console.</p>,
      action: home,
    },
    archived: {
      title: `Your membership of ${org} is archived`,
      body: <p>An owner or admin of {org} can reactivate it; a new invitation is not needed.</p>,
      action: home,
    },
    mismatch: {
      title: 'This invitation is for another email address',
      body: (
        <>
          <p>
            You are signed in as <strong>{user?.email ?? 'another account'}</strong>, but the invitation to {org} was
            sent to a different address.
          </p>
          <p>Sign out, then sign in or create an account with the address the invitation was sent to.</p>
        </>
      ),
      action: (
        <>
          <FormError error={error} />
          <button
            type="button"
            className="button button--wide"
            aria-disabled={pending || undefined}
            onClick={() => {
              if (!pending) void signOut(false, invitePath);
            }}
          >
            {pending ? 'Signing out…' : 'Sign out and use another account'}
          </button>
        </>
      ),
    },
  };
  const page = pages[reason];
  return (
    <AuthCard title={page.title}>
      <div className="form" data-invitation-state={reason}>
        <div className="alert alert--warning">
          <div className="alert__message">{page.body}</div>
        </div>
        {page.action}
      </div>
    </AuthCard>
  );
}

interface OfferProps {
  readonly token: string;
  readonly preview: Preview;
  readonly invitePath: string;
  readonly onDeadEnd: (reason: Dead) => void;
}

/** A pending invitation: what it offers, and how to accept it. */
function Offer({ token, preview, invitePath, onDeadEnd }: OfferProps) {
  const session = useSession();
  const { user } = useCurrentUser();
  const { switchTenant } = useTenant();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const role = roleLabel(preview.role);
  const org = preview.organizationName;

  const join = async () => {
    const organizationId = await accept(token);
    if (!organizationId) return;
    switchTenant(organizationId);
    await navigate('/', { replace: true });
  };

  const onAccept = () => {
    if (pending) return;
    setPending(true);
    setError(null);
    join().catch((failure: unknown) => {
      setPending(false);
      const reason = DEAD_BY_CODE[errorCodeOf(failure)];
      if (reason) onDeadEnd(reason);
      else setError(failure);
    });
  };

  let action: ReactNode;
  if (session.status === 'restoring') action = <LoadingState label="Checking your session…" />;
  else if (session.status === 'signedIn') {
    action = (
      <>
        <p className={styles.inviteOfferWho}>
          Signed in as <strong>{user?.email ?? '…'}</strong>.
        </p>
        <FormError error={error} />
        <button type="button" className="button button--wide" aria-disabled={pending || undefined} onClick={onAccept}>
          {pending ? 'Joining…' : `Accept and join ${org}`}
        </button>
      </>
    );
  } else {
    const next = new URLSearchParams({ next: invitePath }).toString();
    action = (
      <>
        <p>
          Sign in with the email address the invitation was sent to, or create an account with it. You come back here to
          accept afterwards.
        </p>
        <div className={styles.inviteOfferButtons}>
          <Link to={signInPathFor(invitePath)} className="button">
            Sign in to accept
          </Link>
          <Link to={`/sign-up?${next}`} className="button button--secondary">
            Create an account
          </Link>
        </div>
      </>
    );
  }

  return (
    <AuthCard
      title={`Join ${org}`}
      lead={
        <>
          {preview.inviterName ?? `An admin of ${org}`} invited you to join <strong>{org}</strong> as{' '}
          <strong>{role}</strong>.
        </>
      }
    >
      <div className="form" data-invitation-state="pending">
        <dl className={`facts ${styles.inviteOfferFacts}`}>
          <div>
            <dt>Organization</dt>
            <dd>{org}</dd>
          </div>
          <div>
            <dt>Invited by</dt>
            <dd>{preview.inviterName ?? '—'}</dd>
          </div>
          <div>
            <dt>User type</dt>
            <dd>
              {role}{' '}
              <Link to="/roles" target="_blank" rel="noopener">
                What can a {role.toLowerCase()} do?
                <span className="visually-hidden"> (opens in a new tab)</span>
              </Link>
            </dd>
          </div>
          <div>
            <dt>Expires</dt>
            <dd>
              <time dateTime={preview.expiresAt} title={formatDateTime(preview.expiresAt)}>
                {formatRelative(preview.expiresAt)}
              </time>{' '}
              <span className={styles.inviteOfferAbsolute}>({formatDateTime(preview.expiresAt)})</span>
            </dd>
          </div>
        </dl>
        {action}
      </div>
    </AuthCard>
  );
}

/**
 * The invitation link's page: the public preview (organization, inviter, role, expiry); signed
 * out, ways to sign in or sign up that come back here; signed in, Accept, which opens the joined
 * organization in this tab. Every way it can fail has a page of its own.
 */
export function InvitationAcceptance({ token }: { readonly token: string }) {
  const invitePath = `/invite?${new URLSearchParams({ token }).toString()}`;
  const { data, loading, error, refetch } = useQuery(InvitationPreviewQuery, {
    variables: { token },
    context: { anonymous: true },
    fetchPolicy: 'network-only',
  });
  const [deadEnd, setDeadEnd] = useState<Dead | null>(null);

  if (!data) {
    return (
      <AuthCard title="Invitation">
        {error && !loading ? (
          <ErrorState
            error={error}
            title="Could not open the invitation"
            onRetry={() => void refetch().catch(() => undefined)}
          />
        ) : (
          <LoadingState label="Opening the invitation…" />
        )}
      </AuthCard>
    );
  }
  const preview = data.invitationPreview;
  const reason =
    deadEnd ?? (preview ? (preview.status === 'PENDING' ? null : DEAD_BY_STATUS[preview.status]) : 'unknown');
  if (reason || !preview) return <DeadEnd reason={reason ?? 'unknown'} preview={preview} invitePath={invitePath} />;
  return <Offer token={token} preview={preview} invitePath={invitePath} onDeadEnd={setDeadEnd} />;
}
