import { useMutation } from '@apollo/client/react';
import { requiredProblem } from '../../auth/utils/validation.ts';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { PasswordField, TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { RegenerateRecoveryCodesMutation } from '../graphql/totp.ts';
import { TwoFactorFormError } from './TwoFactorFormError.tsx';

interface RegenerateRecoveryCodesFormProps {
  readonly email: string;
  readonly onRegenerated: (codes: readonly string[]) => void;
  readonly onCancel: () => void;
}

/** New recovery codes take the password and a current (or recovery) code; the old codes stop working. */
export function RegenerateRecoveryCodesForm({ email, onRegenerated, onCancel }: RegenerateRecoveryCodesFormProps) {
  const [regenerate] = useMutation(RegenerateRecoveryCodesMutation);
  const form = useForm({
    initialValues: { password: '', code: '' },
    validate: (values) => ({
      password: requiredProblem(values.password, 'Enter your password.'),
      code: requiredProblem(values.code, 'Enter a code from your authenticator app, or a recovery code.'),
    }),
    onSubmit: async (values) => {
      const { data } = await regenerate({
        variables: { password: values.password, code: values.code.replace(/\s/g, '') },
      });
      if (data?.regenerateRecoveryCodes) onRegenerated(data.regenerateRecoveryCodes.recoveryCodes);
    },
  });
  return (
    <form className="form form--narrow" noValidate onSubmit={form.handleSubmit}>
      <p>Your current recovery codes stop working as soon as the new ones are created.</p>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField label="Password" autoComplete="current-password" {...form.field('password')} />
      <TextField
        label="Authentication or recovery code"
        hint="The 6-digit code from your app, or one of your recovery codes."
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="off"
        {...form.field('code')}
      />
      <TwoFactorFormError error={form.failure?.error} details={form.failure?.details} />
      <div className="form__actions">
        <SubmitButton submitting={form.submitting} pendingLabel="Creating…">
          Create new recovery codes
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
