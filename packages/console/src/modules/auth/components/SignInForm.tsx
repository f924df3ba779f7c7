import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../ui/FormError.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { PasswordField, TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { acceptTokens } from '../utils/session.ts';
import { emailProblem, requiredProblem } from '../utils/validation.ts';
import { MfaChallengeForm } from './MfaChallengeForm.tsx';
import type { PendingChallenge } from './MfaChallengeForm.tsx';
import { useSignIn } from '../hooks/useAuthMutations.ts';
import styles from './auth.module.css';

interface PasswordStepProps {
  readonly initialEmail: string;
  readonly onChallenge: (challenge: PendingChallenge) => void;
}

function PasswordStep({ initialEmail, onChallenge }: PasswordStepProps) {
  const [signIn] = useSignIn();
  const form = useForm({
    initialValues: { email: initialEmail, password: '' },
    validate: (values) => ({
      email: emailProblem(values.email),
      password: requiredProblem(values.password, 'Enter your password.'),
    }),
    onSubmit: async (values) => {
      const email = values.email.trim();
      const { data } = await signIn({ variables: { email, password: values.password } });
      const result = data?.signIn;
      if (result?.tokens) acceptTokens(result.tokens, { announce: true });
      else if (result?.mfaChallenge) {
        onChallenge({
          email,
          challengeToken: result.mfaChallenge.challengeToken,
          expiresAt: new Date(result.mfaChallenge.expiresAt).getTime(),
        });
      }
    },
  });

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="off"
        {...form.field('email')}
      />
      <PasswordField label="Password" autoComplete="current-password" {...form.field('password')} />
      <p className={styles.formAside}>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <FormError error={form.failure?.error} details={form.failure?.details} />
      <SubmitButton submitting={form.submitting} pendingLabel="Signing in…" wide>
        Sign in
      </SubmitButton>
    </form>
  );
}

/**
 * Sign-in in two steps: email and password, then, for accounts with two-step verification, a
 * code from the authenticator app or a recovery code. The session lands in the session store;
 * the page decides where to go next. `notice` shows above the password step.
 */
export function SignInForm({ notice }: { readonly notice?: ReactNode }) {
  const [challenge, setChallenge] = useState<PendingChallenge | null>(null);
  const [email, setEmail] = useState('');
  const [expired, setExpired] = useState(false);

  if (challenge) {
    const restart = (becauseExpired: boolean) => {
      setEmail(challenge.email);
      setExpired(becauseExpired);
      setChallenge(null);
    };
    return <MfaChallengeForm challenge={challenge} onCancel={() => restart(false)} onExpired={() => restart(true)} />;
  }
  return (
    <>
      {expired ? (
        <Notice tone="warning" live>
          That sign-in attempt expired. Enter your password again.
        </Notice>
      ) : (
        notice
      )}
      <PasswordStep
        initialEmail={email}
        onChallenge={(next) => {
          setExpired(false);
          setChallenge(next);
        }}
      />
    </>
  );
}
