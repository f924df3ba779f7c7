import type { ReactNode } from 'react';
import { requiredProblem } from '../../auth/utils/validation.ts';
import { PasswordField, TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { TwoFactorFormError } from './TwoFactorFormError.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';

interface SecondFactorConfirmFormProps {
  readonly email: string;
  readonly intro?: ReactNode;
  readonly submitLabel: string;
  readonly pendingLabel: string;
  readonly danger?: boolean;
  /** Runs the change with the password and the code (spaces removed); throws to show the error. */
  readonly onConfirm: (password: string, code: string) => Promise<void>;
  readonly onCancel: () => void;
}

/**
 * The form for a two-factor change the API confirms with both the password and a current (or
 * recovery) code: turning two-factor authentication off, creating new recovery codes.
 */
export function SecondFactorConfirmForm({
  email,
  intro,
  submitLabel,
  pendingLabel,
  danger = false,
  onConfirm,
  onCancel,
}: SecondFactorConfirmFormProps) {
  const form = useForm({
    initialValues: { password: '', code: '' },
    validate: (values) => ({
      password: requiredProblem(values.password, 'Enter your password.'),
      code: requiredProblem(values.code, 'Enter a code from your authenticator app, or a recovery code.'),
    }),
    onSubmit: (values) => onConfirm(values.password, values.code.replace(/\s/g, '')),
  });
  return (
    <form className="form form--narrow" noValidate onSubmit={form.handleSubmit}>
      {intro}
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
      <FormActions
        submitting={form.submitting}
        pendingLabel={pendingLabel}
        variant={danger ? 'danger' : undefined}
        onCancel={onCancel}
      >
        {submitLabel}
      </FormActions>
    </form>
  );
}
