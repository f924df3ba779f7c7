import { useState } from 'react';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { PASSWORD_HINT, newPasswordProblem, requiredProblem } from '../../auth/utils/validation.ts';
import { FormError } from '../../../ui/FormError.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { PasswordField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { useChangePassword } from '../hooks/useAccountMutations.ts';

/** Changes the password; every other session ends. */
export function PasswordSection() {
  const { user } = useCurrentUser();
  const [changed, setChanged] = useState(false);
  const [change] = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: (values) => ({
      currentPassword: requiredProblem(values.currentPassword, 'Enter your current password.'),
      newPassword:
        newPasswordProblem(values.newPassword, user?.email) ??
        (values.newPassword === values.currentPassword
          ? 'Choose a password different from the current one.'
          : undefined),
      confirmation: !values.confirmation
        ? 'Type the new password again.'
        : values.confirmation !== values.newPassword
          ? 'The two passwords are not the same.'
          : undefined,
    }),
    onSubmit: async (values) => {
      setChanged(false);
      await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      form.reset();
      setChanged(true);
    },
  });
  return (
    <Panel title="Password" description="Changing it signs you out on every other device.">
      <form className="form form--narrow" noValidate onSubmit={form.handleSubmit}>
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={user?.email ?? ''} readOnly hidden />
        <PasswordField label="Current password" autoComplete="current-password" {...form.field('currentPassword')} />
        <PasswordField
          label="New password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          {...form.field('newPassword')}
        />
        <PasswordField label="Confirm new password" autoComplete="new-password" {...form.field('confirmation')} />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        {changed ? (
          <Notice tone="success" live>
            Password changed. Your other sessions were signed out.
          </Notice>
        ) : null}
        <div className="form__actions">
          <SubmitButton submitting={form.submitting} pendingLabel="Changing…">
            Change password
          </SubmitButton>
        </div>
      </form>
    </Panel>
  );
}
