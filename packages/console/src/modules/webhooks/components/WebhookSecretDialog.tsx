import { useId, useRef, useState } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import styles from './webhooks.module.css';

interface WebhookSecretDialogProps {
  /** "Copy the signing secret" for a new endpoint, "Copy the new signing secret" after a rotation. */
  readonly title: string;
  /** A sentence on what just happened. */
  readonly description: string;
  readonly secret: string;
  /** Done: the caller forgets the secret. */
  readonly onClose: () => void;
}

/**
 * An endpoint's signing secret, shown this once: in a read-only field, with Copy (and, where the
 * clipboard is out of reach, the text selected to copy by hand) and a plain warning.
 */
export function WebhookSecretDialog({ title, description, secret, onClose }: WebhookSecretDialogProps) {
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
          <p>
            Copy it now into the receiver’s configuration or your secret manager: the receiver needs it to check the{' '}
            <code>webhook-signature</code> header of each event. Orgplane cannot show it again; if it is lost, rotate
            the secret to get a new one.
          </p>
        </Notice>
        <div className="secret">
          <div className={`field secret__field ${styles.secretField}`}>
            <label className="field__label" htmlFor={fieldId}>
              Signing secret
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
