import type { ReactNode } from 'react';
import { SubmitButton } from './SubmitButton.tsx';

interface FormActionsProps {
  /** While true the submit button shows `pendingLabel` and the form ignores submits. */
  readonly submitting: boolean;
  /** What the submit button says while sending ("Saving…"). */
  readonly pendingLabel: string;
  /** What the submit button says. */
  readonly children: ReactNode;
  readonly variant?: 'primary' | 'danger';
  /** Closes the form or dialog without sending. */
  readonly onCancel: () => void;
  /** Laid out as a dialog's footer. */
  readonly dialog?: boolean;
}

/** A form's closing row: the submit button, then Cancel. */
export function FormActions({
  submitting,
  pendingLabel,
  children,
  variant,
  onCancel,
  dialog = false,
}: FormActionsProps) {
  return (
    <div className={dialog ? 'form__actions dialog__actions' : 'form__actions'}>
      <SubmitButton submitting={submitting} pendingLabel={pendingLabel} variant={variant}>
        {children}
      </SubmitButton>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
