import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../ui/FormError.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { emailProblem } from '../utils/validation.ts';
import { useRequestPasswordReset } from '../hooks/useAuthMutations.ts';
import styles from './auth.module.css';

/**
 * Asks for a reset link. The confirmation is the same whether or not an account exists, so the
 * page tells no one which addresses have accounts.
 */
export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request] = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: ({ email }) => ({ email: emailProblem(email) }),
    onSubmit: async ({ email }) => {
      await request({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    },
  });

  if (sentTo !== null) {
    return (
      <div className="form">
        <Notice tone="success" title="Check your email" live>
          <p>
            If an account exists for <strong>{sentTo}</strong>, we sent it a link to choose a new password. The link
            works once and expires in 1 hour.
          </p>
          <p>
            Nothing there after a few minutes? Check your spam folder, or make sure you typed the address you signed up
            with.
          </p>
        </Notice>
        <div className={styles.formLinks}>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              form.reset({ email: sentTo });
              setSentTo(null);
            }}
          >
            Send another link
          </button>
          <Link to="/sign-in">Back to sign in</Link>
        </div>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="off"
        {...form.field('email')}
      />
      <FormError error={form.failure?.error} details={form.failure?.details} />
      <SubmitButton submitting={form.submitting} pendingLabel="Sending…" wide>
        Send reset link
      </SubmitButton>
      <div className={styles.formLinks}>
        <Link to="/sign-in">Back to sign in</Link>
      </div>
    </form>
  );
}
