import { NAME_MAX_LENGTH } from '@orgplane/schema';
import { useState } from 'react';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { displayNameProblem } from '../../auth/utils/validation.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { useUpdateProfile } from '../hooks/useAccountMutations.ts';

function DisplayNameForm({ displayName }: { readonly displayName: string }) {
  const [saved, setSaved] = useState(false);
  const [update] = useUpdateProfile();
  const form = useForm({
    initialValues: { displayName },
    validate: (values) => ({ displayName: displayNameProblem(values.displayName) }),
    onSubmit: async (values) => {
      setSaved(false);
      await update({ variables: { displayName: values.displayName.trim() } });
      setSaved(true);
    },
  });
  return (
    <form className="form form--inline" noValidate onSubmit={form.handleSubmit}>
      <TextField
        label="Display name"
        hint="Shown to the other members of your organizations."
        autoComplete="name"
        maxLength={NAME_MAX_LENGTH}
        {...form.field('displayName')}
        onChange={(event) => {
          setSaved(false);
          form.setValue('displayName', event.target.value);
        }}
      />
      <div className="form__actions">
        <SubmitButton submitting={form.submitting} pendingLabel="Saving…">
          Save name
        </SubmitButton>
        <span className="form__status" role="status">
          {saved ? 'Saved.' : ''}
        </span>
      </div>
      <FormError error={form.failure?.error} details={form.failure?.details} />
    </form>
  );
}

/** The person's name and email address. */
export function ProfileSection() {
  const { user, loading, error, refetch } = useCurrentUser({ fresh: true });
  return (
    <Panel title="Profile" description="How you appear to others, and the address you sign in with.">
      {user ? (
        <>
          <dl className="facts">
            <div>
              <dt>Email</dt>
              <dd>
                {user.email}{' '}
                {user.emailVerified ? (
                  <span className="badge badge--success">Confirmed</span>
                ) : (
                  <span className="badge badge--warning">Not confirmed</span>
                )}
              </dd>
            </div>
          </dl>
          <DisplayNameForm key={user.id} displayName={user.displayName} />
        </>
      ) : error && !loading ? (
        <ErrorState
          error={error}
          title="Could not load your profile"
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : (
        <LoadingState label="Loading your profile…" />
      )}
    </Panel>
  );
}
