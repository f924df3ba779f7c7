import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import { Notice } from './Notice.tsx';
import styles from './SecretOnceDialog.module.css';

interface SecretOnceDialogProps {
  readonly title: string;
  /** A sentence on what just happened. */
  readonly description: string;
  /** What to do with the secret and what happens if it is lost (the warning's body). */
  readonly advice: ReactNode;
  /** The field's label ("Secret", "Signing secret"). */
  readonly label: string;
  readonly secret: string;
  /** Done: the caller forgets the secret. */
  readonly onClose: () => void;
}

/**
 * A secret shown this once (an API key's, a webhook endpoint's signing secret): in a read-only
 * field, with Copy (and, where the clipboard is out of reach, the text selected to copy by hand)
 * and a plain warning.
 */
export function SecretOnceDialog({ title, description, advice, label, secret, onClose }: SecretOnceDialogProps) {
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);

  const copy = () => {
    const fallback = () => {
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setCopied('selected');
    };
    if (!navigator.clipboard) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(secret).then(() => setCopied('copied'), fallback);
  };

  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <div className="form">
        <Notice tone="warning" title="This is the only time the secret is shown">
          {advice}
        </Notice>
        <div className="secret">
          <div className={`field secret__field ${styles.secretField}`}>
            <label className="field__label" htmlFor={fieldId}>
              {label}
            </label>
            <input
              ref={fieldRef}
              id={fieldId}
              className="field__input"
              readOnly
              value={secret}
              spellCheck={false}
              autoComplete="off"
              onFocus={(event) => event.currentTarget.select()}
              data-autofocus
            />
          </div>
          <button type="button" className="button button--secondary" onClick={copy}>
            Copy
          </button>
        </div>
        <p className="form__status" role="status">
          {copied === 'copied'
            ? 'Copied to the clipboard.'
            : copied === 'selected'
              ? 'Could not reach the clipboard: the secret is selected, copy it with Ctrl+C (⌘C on a Mac).'
              : ''}
        </p>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
