import { useId, useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { acceptTokens } from '../utils/session.ts';
import { normalizeTotpCode, requiredProblem, totpCodeProblem } from '../utils/validation.ts';
import { useVerifyMfaChallenge } from '../hooks/useAuthMutations.ts';
import styles from './auth.module.css';

/** A sign-in waiting for its second factor. */
export interface PendingChallenge {
  readonly email: string;
  readonly challengeToken: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

interface MfaChallengeFormProps {
  readonly challenge: PendingChallenge;
  /** Back to the password step. */
  readonly onCancel: () => void;
  /** The challenge ran out (5 minutes): back to the password step with a notice. */
  readonly onExpired: () => void;
}

type Mode = 'code' | 'recovery';

/** The second step of a sign-in: the authenticator app's code, or one of the recovery codes. */
export function MfaChallengeForm({ challenge, onCancel, onExpired }: MfaChallengeFormProps) {
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('code');
  const [verify] = useVerifyMfaChallenge();
  const form = useForm({
    initialValues: { code: '' },
    validate: ({ code }) => ({
      code: mode === 'code' ? totpCodeProblem(code) : requiredProblem(code, 'Enter one of your recovery codes.'),
    }),
    codeFields: { INVALID_MFA_CODE: 'code' },
    onSubmit: async ({ code }) => {
      if (Date.now() >= challenge.expiresAt) {
        onExpired();
        return;
      }
      const { data } = await verify({
        variables: {
          challengeToken: challenge.challengeToken,
          code: mode === 'code' ? normalizeTotpCode(code) : null,
          recoveryCode: mode === 'recovery' ? code.trim() : null,
        },
      });
      const tokens = data?.verifyMfaChallenge?.tokens;
      if (tokens) acceptTokens(tokens, { announce: true });
    },
  });

  const switchMode = (next: Mode) => {
    setMode(next);
    form.reset();
  };

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.formTitle}>
        Two-factor authentication
      </h2>
      <p className={styles.formLead}>
        {mode === 'code'
          ? 'Enter the 6-digit code your authenticator app shows for '
          : 'Enter one of the recovery codes you saved when you set up two-factor authentication for '}
        <strong>{challenge.email}</strong>.
      </p>
      {mode === 'code' ? (
        <TextField
          key="code"
          label="Authentication code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          spellCheck={false}
          autoFocus
          {...form.field('code')}
        />
      ) : (
        <TextField
          key="recovery"
          label="Recovery code"
          hint="Each recovery code works once."
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          autoFocus
          {...form.field('code')}
        />
      )}
      <FormError error={form.failure?.error} details={form.failure?.details} />
      <SubmitButton submitting={form.submitting} pendingLabel="Verifying…" wide>
        Verify and sign in
      </SubmitButton>
      <div className={styles.formLinks}>
        <button type="button" className="link-button" onClick={() => switchMode(mode === 'code' ? 'recovery' : 'code')}>
          {mode === 'code' ? 'Use a recovery code' : 'Use the authenticator app'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Sign in as someone else
        </button>
      </div>
    </form>
  );
}
