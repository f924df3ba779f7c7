import { useMutation } from '@apollo/client/react';
import { FormError } from '../../../ui/FormError.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { PasswordField, TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { SignUpMutation } from '../graphql/signUp.ts';
import { acceptTokens } from '../utils/session.ts';
import { sessionStore } from '../utils/sessionStore.ts';
import { PASSWORD_HINT, displayNameProblem, emailProblem, newPasswordProblem } from '../utils/validation.ts';

/**
 * A new account: name, email and password. The API creates the account with its own
 * organization and signs in; this tab opens that organization.
 */
export function SignUpForm() {
  const [signUp] = useMutation(SignUpMutation, { context: { anonymous: true } });
  const form = useForm({
    initialValues: { displayName: '', email: '', password: '' },
    validate: (values) => ({
      displayName: displayNameProblem(values.displayName),
      email: emailProblem(values.email),
      password: newPasswordProblem(values.password, values.email),
    }),
    codeFields: { EMAIL_TAKEN: 'email' },
    onSubmit: async (values) => {
      const { data } = await signUp({
        variables: { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password },
      });
      const result = data?.signUp;
      if (!result) return;
      sessionStore.setTenantId(result.organization.id);
      acceptTokens(result.tokens, { announce: true });
    },
  });

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <TextField label="Your name" autoComplete="name" maxLength={100} {...form.field('displayName')} />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="off"
        {...form.field('email')}
      />
      <PasswordField label="Password" autoComplete="new-password" hint={PASSWORD_HINT} {...form.field('password')} />
      <FormError error={form.failure?.error} details={form.failure?.details} />
      <SubmitButton submitting={form.submitting} pendingLabel="Creating your account…" wide>
        Create account
      </SubmitButton>
    </form>
  );
}
