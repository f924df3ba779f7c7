import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import { FormError } from './FormError.tsx';
import { SubmitButton } from './SubmitButton.tsx';

interface ConfirmDialogProps {
  readonly title: string;
  /** What will happen, in a sentence or two. */
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** What the button says while the change is sent ("Archiving…"). */
  readonly pendingLabel?: string;
  readonly tone?: 'primary' | 'danger';
  /** Makes the change; a rejection shows its error in the dialog, which stays open. */
  readonly onConfirm: () => Promise<void>;
  /** Closes the dialog: after a confirmed change, or when the person backs out. */
  readonly onClose: () => void;
}

/**
 * "Are you sure?" as a modal dialog. For destructive changes, Cancel takes focus first, so an
 * accidental Enter does no harm.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  pendingLabel = 'Working…',
  tone = 'primary',
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    onConfirm().then(
      () => {
        setPending(false);
        onClose();
      },
      (failure: unknown) => {
        setPending(false);
        setError(failure);
      },
    );
  };

  return (
    <Dialog title={title} onClose={() => (pending ? undefined : onClose())}>
      <form className="form" noValidate onSubmit={submit}>
        <div className="dialog__text">{children}</div>
        <FormError error={error} />
        <div className="form__actions dialog__actions">
          <SubmitButton submitting={pending} pendingLabel={pendingLabel} variant={tone}>
            {confirmLabel}
          </SubmitButton>
          <button
            type="button"
            className="button button--secondary"
            onClick={onClose}
            {...(tone === 'danger' ? { 'data-autofocus': true } : {})}
          >
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
