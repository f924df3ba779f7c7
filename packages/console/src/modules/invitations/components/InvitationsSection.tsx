import type { InvitationStatus } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { SelectField, optionFor } from '../../../ui/SelectField.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';
import { useInvitationList } from '../hooks/useInvitationList.ts';
import type { InvitationItem } from '../hooks/useInvitationList.ts';
import { useResendInvitation, useRevokeInvitation } from '../hooks/useInvitationMutations.ts';
import styles from './invitations.module.css';

const STATUS_LABELS: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

const STATUS_BADGES: Record<InvitationStatus, string> = {
  PENDING: 'badge--accent',
  ACCEPTED: 'badge--success',
  EXPIRED: 'badge--warning',
  REVOKED: 'badge--neutral',
};

const STATUS_OPTIONS: readonly { value: InvitationStatus | 'ALL'; label: string }[] = [
  { value: 'PENDING', label: 'Pending' },
  { value: 'ACCEPTED', label: 'Accepted' },
  { value: 'EXPIRED', label: 'Expired' },
  { value: 'REVOKED', label: 'Revoked' },
  { value: 'ALL', label: 'All invitations' },
];

const EMPTY: Record<InvitationStatus | 'ALL', string> = {
  PENDING: 'No invitations are waiting for an answer.',
  ACCEPTED: 'No invitations have been accepted yet.',
  EXPIRED: 'No invitations have expired.',
  REVOKED: 'No invitations have been revoked.',
  ALL: 'Nobody has been invited yet.',
};

type Outcome = { readonly message: string } | { readonly error: unknown };

function Expiry({ invitation }: { readonly invitation: InvitationItem }) {
  const { expiresAt, status } = invitation;
  const relative = formatRelative(expiresAt);
  const past = new Date(expiresAt).getTime() <= Date.now();
  const text =
    status === 'ACCEPTED' || status === 'REVOKED' ? '—' : past ? `Expired ${relative}` : `Expires ${relative}`;
  return (
    <>
      <span className="cell-primary">{text}</span>
      <time className="cell-secondary" dateTime={expiresAt}>
        {formatDateTime(expiresAt)}
      </time>
    </>
  );
}

/**
 * The Pending Invitations section: invitations of one status (pending by default), with Resend
 * (a fresh link, the old one stops working) and Revoke where the role allows.
 */
export function InvitationsSection() {
  const { can } = useAbilities();
  const list = useInvitationList();
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  const [resend] = useResendInvitation();
  const [revoke] = useRevokeInvitation();
  const [resending, setResending] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<InvitationItem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const canResend = can('invitations.resend');
  const canRevoke = can('invitations.revoke');

  const send = (invitation: InvitationItem) => {
    if (resending) return;
    setResending(invitation.id);
    setOutcome(null);
    resend({ variables: { invitationId: invitation.id } })
      .then(() =>
        setOutcome({ message: `A new link is on its way to ${invitation.email}; the previous one no longer works.` }),
      )
      .catch((error: unknown) => setOutcome({ error }))
      .finally(() => setResending(null));
  };

  const caption = `${STATUS_OPTIONS.find((option) => option.value === list.status)?.label ?? 'All'} invitations, newest first`;
  let body;
  if (list.loaded && list.invitations.length) {
    body = (
      <>
        <div
          ref={scroll.ref}
          className={`table-scroll${list.updating ? ' is-updating' : ''}`}
          aria-busy={list.updating || undefined}
          {...(scroll.overflowing ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
        >
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Invited user type</th>
                <th scope="col">Invited by</th>
                <th scope="col">Expiry</th>
                <th scope="col">Status</th>
                <th scope="col" className="data-table__actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.invitations.map((invitation) => {
                const mayResend = canResend && (invitation.status === 'PENDING' || invitation.status === 'EXPIRED');
                const mayRevoke = canRevoke && invitation.status === 'PENDING';
                return (
                  <tr key={invitation.id} data-invitation={invitation.email}>
                    <th scope="row" className="member-cell">
                      <span className="member-cell__name">{invitation.email}</span>
                      <span className="member-cell__email">
                        Sent{' '}
                        <time dateTime={invitation.createdAt} title={formatDateTime(invitation.createdAt)}>
                          {formatRelative(invitation.createdAt)}
                        </time>
                      </span>
                    </th>
                    <td>{roleLabel(invitation.role)}</td>
                    <td>{invitation.invitedByName ?? '—'}</td>
                    <td className="cell-stack">
                      <Expiry invitation={invitation} />
                    </td>
                    <td>
                      <span className={`badge ${STATUS_BADGES[invitation.status]}`}>
                        {STATUS_LABELS[invitation.status]}
                      </span>
                    </td>
                    <td className="data-table__actions">
                      <div className="row-actions">
                        {mayResend ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={`Resend invitation to ${invitation.email}`}
                            aria-disabled={resending === invitation.id || undefined}
                            onClick={() => send(invitation)}
                          >
                            {resending === invitation.id ? 'Resending…' : 'Resend'}
                          </button>
                        ) : null}
                        {mayRevoke ? (
                          <button
                            type="button"
                            className="button button--danger-outline button--small"
                            aria-label={`Revoke invitation to ${invitation.email}`}
                            onClick={() => {
                              setOutcome(null);
                              setRevoking(invitation);
                            }}
                          >
                            Revoke
                          </button>
                        ) : null}
                        {!mayResend && !mayRevoke ? (
                          <span className="data-table__none">
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">No actions</span>
                          </span>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <ListFooter
          list={list}
          count={list.invitations.length}
          noun={['invitation', 'invitations']}
          updating={list.updating}
        />
      </>
    );
  } else if (list.loaded) {
    body = (
      <div className="empty" role="status">
        <p>{list.updating ? 'Updating…' : EMPTY[list.status]}</p>
      </div>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the invitations" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading invitations…" />;
  }

  return (
    <Panel
      title="Pending Invitations"
      description="Invitations sent from this organization. A link works once and expires 7 days after it was sent."
    >
      <div className={`list-toolbar ${styles.listToolbarCompact}`}>
        <SelectField
          label="Status"
          name="invitationStatus"
          options={STATUS_OPTIONS}
          value={list.status}
          onChange={(event) => list.setStatus(optionFor(STATUS_OPTIONS, event.target.value) ?? 'PENDING')}
        />
      </div>
      {outcome && 'message' in outcome ? (
        <Notice tone="success" live>
          {outcome.message}
        </Notice>
      ) : null}
      {outcome && 'error' in outcome ? <FormError error={outcome.error} /> : null}
      {body}
      {revoking ? (
        <ConfirmDialog
          title="Revoke this invitation?"
          confirmLabel="Revoke invitation"
          pendingLabel="Revoking…"
          tone="danger"
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await revoke({ variables: { invitationId: revoking.id } });
            setOutcome({ message: `The invitation to ${revoking.email} is revoked; its link no longer works.` });
          }}
        >
          <p>The link sent to {revoking.email} stops working at once. You can invite the address again later.</p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
