import { NAME_MAX_LENGTH } from '@orgplane/schema';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormError } from '../../../ui/FormError.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { PasswordField, TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { acceptTokens } from '../utils/session.ts';
import { sessionStore } from '../utils/sessionStore.ts';
import { PASSWORD_HINT, displayNameProblem, emailProblem, newPasswordProblem } from '../utils/validation.ts';
import { useSignUp, useSignIn } from '../hooks/useAuthMutations.ts';
import styles from './auth.module.css';

/**
 * A new account: name, email and password. The API answers the same whether or not the address
 * already has an account, and starts no session, so the form then signs in with the same email
 * and password; the new account opens on its own organization. When that sign-in fails, the
 * address belonged to someone already: the form only says to check the email, which tells the
 * owner what happened and nobody else anything.
 */
export function SignUpForm() {
  const [signUp] = useSignUp();
  const [signIn] = useSignIn();
  const [params] = useSearchParams();
  const [checkEmail, setCheckEmail] = useState<string | null>(null);
  const form = useForm({
    initialValues: { displayName: '', email: '', password: '' },
    validate: (values) => ({
      displayName: displayNameProblem(values.displayName),
      email: emailProblem(values.email),
      password: newPasswordProblem(values.password, values.email),
    }),
    onSubmit: async (values) => {
      const { data } = await signUp({
        variables: { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password },
      });
      const email = data?.signUp?.email;
      if (!email) return;
      const tokens = await signIn({ variables: { email, password: values.password } }).then(
        (result) => result.data?.signIn?.tokens,
        () => null,
      );
      if (!tokens) {
        setCheckEmail(email);
        return;
      }
      // A new account starts on its default organization, whatever this tab had open before.
      sessionStore.setTenantId(null);
      acceptTokens(tokens, { announce: true });
    },
  });

  if (checkEmail !== null) {
    return (
      <div className="form">
        <Notice tone="info" title="Check your email" live>
          <p>
            We sent a message to <strong>{checkEmail}</strong>. It tells you how to go on from here.
          </p>
          <p>Nothing there after a few minutes? Check your spam folder, or make sure you typed your address right.</p>
        </Notice>
        <div className={styles.formLinks}>
          <Link to={`/sign-in${params.size ? `?${params.toString()}` : ''}`}>Sign in</Link>
        </div>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <TextField label="Your name" autoComplete="name" maxLength={NAME_MAX_LENGTH} {...form.field('displayName')} />
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
