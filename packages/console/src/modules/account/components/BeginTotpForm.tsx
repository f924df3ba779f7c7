import { requiredProblem } from '../../auth/utils/validation.ts';
import { PasswordField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { TwoFactorFormError } from './TwoFactorFormError.tsx';
import { useBeginTotpEnrollment } from '../hooks/useAccountMutations.ts';
import { FormActions } from '../../../ui/FormActions.tsx';

interface BeginTotpFormProps {
  readonly email: string;
  readonly onStarted: (enrollment: { secret: string; otpauthUri: string }) => void;
  readonly onCancel: () => void;
}

/** Setting up two-factor authentication starts with the password. */
export function BeginTotpForm({ email, onStarted, onCancel }: BeginTotpFormProps) {
  const [begin] = useBeginTotpEnrollment();
  const form = useForm({
    initialValues: { password: '' },
    validate: (values) => ({ password: requiredProblem(values.password, 'Enter your password.') }),
    onSubmit: async (values) => {
      const { data } = await begin({ variables: { password: values.password } });
      if (data?.beginTotpEnrollment) onStarted(data.beginTotpEnrollment);
    },
  });
  return (
    <form className="form form--narrow" noValidate onSubmit={form.handleSubmit}>
      <p>Confirm it is you: enter your password to set up two-factor authentication.</p>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField label="Password" autoComplete="current-password" {...form.field('password')} />
      <TwoFactorFormError error={form.failure?.error} details={form.failure?.details} />
      <FormActions submitting={form.submitting} pendingLabel="Starting…" onCancel={onCancel}>
        Continue
      </FormActions>
    </form>
  );
}
