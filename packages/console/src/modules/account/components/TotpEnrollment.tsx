import { useState } from 'react';
import { normalizeTotpCode, totpCodeProblem } from '../../auth/utils/validation.ts';
import { FormError } from '../../../ui/FormError.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { useQrCode } from '../hooks/useQrCode.ts';
import { useConfirmTotpEnrollment } from '../hooks/useAccountMutations.ts';
import styles from './account.module.css';
import { FormActions } from '../../../ui/FormActions.tsx';

interface TotpEnrollmentProps {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly onEnabled: (recoveryCodes: readonly string[]) => void;
  readonly onCancel: () => void;
}

/** "JBSW Y3DP EHPK 3PXP": the secret in groups of four, easier to type. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/gu, '$1 ');
}

/** Adding the authenticator app: scan the QR code (or type the key), then prove it with a code. */
export function TotpEnrollment({ secret, otpauthUri, onEnabled, onCancel }: TotpEnrollmentProps) {
  const qr = useQrCode(otpauthUri);
  const [copied, setCopied] = useState(false);
  const [confirm] = useConfirmTotpEnrollment();
  const form = useForm({
    initialValues: { code: '' },
    validate: ({ code }) => ({ code: totpCodeProblem(code) }),
    onSubmit: async ({ code }) => {
      const { data } = await confirm({ variables: { code: normalizeTotpCode(code) } });
      const enabled = data?.confirmTotpEnrollment;
      if (enabled) onEnabled(enabled.recoveryCodes);
    },
  });

  return (
    <div className="enrol">
      <ol className={styles.steps}>
        <li className={styles.stepsItem}>
          <h3 className={styles.stepsTitle}>Scan this QR code with your authenticator app</h3>
          <p className={styles.stepsText}>
            Any TOTP app works, such as 1Password, Google Authenticator, Microsoft Authenticator or Aegis.
          </p>
          <div className={styles.enrolQr}>
            {qr.dataUrl ? (
              <img src={qr.dataUrl} width={232} height={232} alt="QR code to add Orgplane to an authenticator app" />
            ) : (
              <span className={styles.enrolQrPlaceholder}>
                {qr.failed ? 'The QR code could not be drawn.' : 'Drawing…'}
              </span>
            )}
          </div>
          <p className={styles.stepsText}>
            Can’t scan it? Add the account by hand: enter this key, time-based, 6 digits.
          </p>
          <div className="secret">
            <TextField
              label="Setup key"
              name="setupKey"
              className="secret__field"
              readOnly
              value={groupSecret(secret)}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                navigator.clipboard.writeText(secret).then(
                  () => setCopied(true),
                  () => setCopied(false),
                );
              }}
            >
              Copy key
            </button>
            <span className="form__status" role="status">
              {copied ? 'Key copied.' : ''}
            </span>
          </div>
        </li>
        <li className={styles.stepsItem}>
          <h3 className={styles.stepsTitle}>Enter the code the app shows</h3>
          <form className="form form--narrow" noValidate onSubmit={form.handleSubmit}>
            <TextField
              label="Authentication code"
              hint="6 digits; the app shows a new one every 30 seconds."
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={7}
              spellCheck={false}
              {...form.field('code')}
            />
            <FormError error={form.failure?.error} details={form.failure?.details} />
            <FormActions submitting={form.submitting} pendingLabel="Turning on…" onCancel={onCancel}>
              Turn on two-factor authentication
            </FormActions>
          </form>
        </li>
      </ol>
    </div>
  );
}
