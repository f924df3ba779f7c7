import { useId, useRef, useState } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import type { CreatedApiKey } from './CreateApiKeyDialog.tsx';
import styles from './api-keys.module.css';

interface ApiKeySecretDialogProps {
  readonly created: CreatedApiKey;
  /** Done: the caller forgets the secret. */
  readonly onClose: () => void;
}

/**
 * The new key's secret, shown this once: in a read-only field, with Copy (and, where the
 * clipboard is out of reach, the text selected to copy by hand) and a plain warning.
 */
export function ApiKeySecretDialog({ created, onClose }: ApiKeySecretDialogProps) {
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);

  const selectSecret = () => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  };

  const copy = () => {
    const fallback = () => {
      selectSecret();
      setCopied('selected');
    };
    if (!navigator.clipboard) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(created.secret).then(() => setCopied('copied'), fallback);
  };

  return (
    <Dialog title="Copy your new API key" description={`The key “${created.name}” is ready.`} onClose={onClose}>
      <div className="form">
        <Notice tone="warning" title="This is the only time the secret is shown">
          <p>
            Copy it now and keep it somewhere safe, such as your secret manager. Orgplane stores only a hash of it and
            cannot show it again; if it is lost, create a new key and revoke this one.
          </p>
        </Notice>
        <div className="secret">
          <div className={`field secret__field ${styles.apiKeySecret}`}>
            <label className="field__label" htmlFor={fieldId}>
              Secret
            </label>
            <input
              ref={fieldRef}
              id={fieldId}
              className="field__input"
              readOnly
              value={created.secret}
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
