import { useId, useMemo, useState } from 'react';
import styles from './account.module.css';

interface RecoveryCodesProps {
  readonly codes: readonly string[];
  readonly email: string;
  readonly onDone: () => void;
}

/** The recovery codes, shown once, with ways to keep them: copy and download. */
export function RecoveryCodes({ codes, email, onDone }: RecoveryCodesProps) {
  const headingId = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const text = useMemo(
    () =>
      [
        `Orgplane recovery codes for ${email}`,
        `Saved ${new Date().toISOString().slice(0, 10)}. Each code works once.`,
        '',
        ...codes,
        '',
      ].join('\n'),
    [codes, email],
  );

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'orgplane-recovery-codes.txt';
    link.click();
    // Give the download a moment to start before letting go of the file.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };

  return (
    <div className="recovery" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.recoveryTitle}>
        Save your recovery codes
      </h3>
      <p>
        If you lose your phone, each of these codes signs you in once instead of an authenticator code.{' '}
        <strong>This is the only time they are shown.</strong> Keep them somewhere safe, such as a password manager.
      </p>
      <ol className={styles.recoveryCodes} aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={copy}>
          Copy codes
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          Download as text file
        </button>
        <button type="button" className="button" onClick={onDone}>
          I have saved them
        </button>
        <span className="form__status" role="status">
          {copied === 'copied'
            ? 'Copied to the clipboard.'
            : copied === 'failed'
              ? 'Could not copy; select the codes instead.'
              : ''}
        </span>
      </div>
    </div>
  );
}
