import { useMutation } from '@apollo/client/react';
import { requiredProblem } from '../../auth/utils/validation.ts';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { PasswordField, TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { DisableTotpMutation } from '../graphql/totp.ts';
import { TwoFactorFormError } from './TwoFactorFormError.tsx';

interface DisableTotpFormProps {
  readonly email: string;
  readonly onDisabled: () => void;
  readonly onCancel: () => void;
}

/** Turning two-factor authentication off takes the password and a current (or recovery) code. */
export function DisableTotpForm({ email, onDisabled, onCancel }: DisableTotpFormProps) {
  const [disable] = useMutation(DisableTotpMutation);
  const form = useForm({
    initialValues: { password: '', code: '' },
    validate: (values) => ({
      password: requiredProblem(values.password, 'Enter your password.'),
      code: requiredProblem(values.code, 'Enter a code from your authenticator app, or a recovery code.'),
    }),
    onSubmit: async (values) => {
      await disable({ variables: { password: values.password, code: values.code.replace(/\s/g, '') } });
      onDisabled();
    },
  });
  return (
    <form className="form form--narrow" noValidate onSubmit={form.handleSubmit}>
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
        <SubmitButton submitting={form.submitting} pendingLabel="Turning off…" variant="danger">
          Turn off two-factor authentication
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
