import { useState } from 'react';
import { Link } from 'react-router';
import { errorCodeOf } from '../../../ui/errorCode.ts';
import { FormError } from '../../../ui/FormError.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { PasswordField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { refreshSession } from '../utils/session.ts';
import { sessionStore } from '../utils/sessionStore.ts';
import { PASSWORD_HINT, newPasswordProblem } from '../utils/validation.ts';
import { useResetPassword } from '../hooks/useAuthMutations.ts';

/** A new password from an emailed link. Every session of the account ends, this one included. */
export function ResetPasswordForm({ token }: { readonly token: string }) {
  const [done, setDone] = useState(false);
  const [reset] = useResetPassword();
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: ({ password, confirmation }) => ({
      password: newPasswordProblem(password),
      confirmation: !confirmation
        ? 'Type the new password again.'
        : confirmation !== password
          ? 'The two passwords are not the same.'
          : undefined,
    }),
    paths: { newPassword: 'password' },
    onSubmit: async ({ password }) => {
      await reset({ variables: { token, newPassword: password } });
      setDone(true);
      // If this tab was signed in to that account, its session just ended: find out now.
      if (sessionStore.getSession().status === 'signedIn') await refreshSession().catch(() => undefined);
    },
  });

  if (done) {
    return (
      <div className="form">
        <Notice tone="success" title="Your password has changed" live>
          <p>For your safety we signed the account out on every device. Sign in again with the new password.</p>
        </Notice>
        <Link to="/sign-in" className="button button--wide">
          Sign in
        </Link>
      </div>
    );
  }

  const tokenInvalid = form.failure && errorCodeOf(form.failure.error) === 'TOKEN_INVALID';
  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <PasswordField
        label="New password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        {...form.field('password')}
      />
      <PasswordField label="Confirm new password" autoComplete="new-password" {...form.field('confirmation')} />
      <FormError error={form.failure?.error} details={form.failure?.details}>
        {tokenInvalid ? (
          <p>
            <Link to="/forgot-password">Request a new link</Link>
          </p>
        ) : null}
      </FormError>
      <SubmitButton submitting={form.submitting} pendingLabel="Saving…" wide>
        Set new password
      </SubmitButton>
    </form>
  );
}
