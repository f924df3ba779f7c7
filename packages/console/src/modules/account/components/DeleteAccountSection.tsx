import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { endSession } from '../../auth/utils/session.ts';
import { requiredProblem } from '../../auth/utils/validation.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { PasswordField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { DeletionImpactQuery } from '../graphql/deleteAccount.ts';
import { useDeleteAccount } from '../hooks/useAccountMutations.ts';
import styles from './account.module.css';
import { FormActions } from '../../../ui/FormActions.tsx';

type Impact = NonNullable<DocumentType<typeof DeletionImpactQuery>['viewer']>['deletionImpact'];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Deletion is refused while an organization the user owns has other active members. */
function hasOtherMembers(impact: Impact): boolean {
  return impact.ownedOrganizations.some((organization) => organization.memberCount > 1);
}

/** What goes with the account: the organizations it owns (with their members), and the ones it leaves. */
function Consequences({ impact }: { readonly impact: Impact }) {
  const owned = impact.ownedOrganizations;
  return (
    <div className={styles.consequences}>
      <p>Deleting your account cannot be undone. With it:</p>
      <ul className={styles.consequencesList}>
        {owned.length ? (
          <li>
            {owned.length === 1
              ? 'This organization you own is deleted, with all its members, invitations and resources:'
              : `These ${owned.length} organizations you own are deleted, with all their members, invitations and resources:`}
            <ul className={styles.consequencesOrgs} aria-label="Organizations that will be deleted">
              {owned.map((organization) => (
                <li key={organization.id}>
                  <strong>{organization.name}</strong>{' '}
                  <span className={styles.consequencesCount}>
                    ({plural(organization.memberCount, 'member', 'members')})
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ) : (
          <li>You own no organization, so none is deleted.</li>
        )}
        <li>
          {impact.leftOrganizationCount
            ? `You leave ${plural(impact.leftOrganizationCount, 'other organization', 'other organizations')}; their audit trails record your departure.`
            : 'You are not a member of any other organization.'}
        </li>
        <li>The invitations you sent stop working, and you are signed out everywhere.</li>
      </ul>
      {hasOtherMembers(impact) ? (
        <p className={styles.consequencesHint}>
          You cannot delete your account while an organization you own has other active members: transfer its ownership
          to one of its admins first (Members page).
        </p>
      ) : null}
    </div>
  );
}

function DeleteAccountForm({ email, onCancel }: { readonly email: string; readonly onCancel: () => void }) {
  const navigate = useNavigate();
  const [remove] = useDeleteAccount();
  const form = useForm({
    initialValues: { password: '' },
    validate: (values) => ({ password: requiredProblem(values.password, 'Enter your password to confirm.') }),
    onSubmit: async (values) => {
      await remove({ variables: { password: values.password } });
      // The account is gone and with it every session: forget this one and say so on the sign-in page.
      endSession('accountDeleted');
      await navigate('/sign-in', { replace: true });
    },
  });
  return (
    <form className="form form--narrow" noValidate onSubmit={form.handleSubmit}>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        label="Your password"
        hint="To confirm that it is you."
        autoComplete="current-password"
        autoFocus
        {...form.field('password')}
      />
      <FormError error={form.failure?.error} details={form.failure?.details} />
      <FormActions submitting={form.submitting} pendingLabel="Deleting…" variant="danger" onCancel={onCancel}>
        Delete my account
      </FormActions>
    </form>
  );
}

/** Deletes the account after showing what goes with it, confirmed with the password. */
export function DeleteAccountSection() {
  const { user } = useCurrentUser();
  // Asked afresh each time: memberships and ownerships change.
  const { data, loading, error, refetch } = useQuery(DeletionImpactQuery, { fetchPolicy: 'cache-and-network' });
  const [confirming, setConfirming] = useState(false);
  const impact = data?.viewer?.deletionImpact;

  let body;
  if (impact) {
    body = (
      <>
        <Consequences impact={impact} />
        {hasOtherMembers(impact) ? null : confirming ? (
          <DeleteAccountForm email={user?.email ?? ''} onCancel={() => setConfirming(false)} />
        ) : (
          <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
            Delete account…
          </button>
        )}
      </>
    );
  } else if (error && !loading) {
    body = (
      <ErrorState
        error={error}
        title="Could not work out what deleting your account would delete"
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else {
    body = <LoadingState label="Checking what your account owns…" />;
  }

  return (
    <Panel title="Delete account" tone="danger" description="Remove your account and everything only you own.">
      {body}
    </Panel>
  );
}
