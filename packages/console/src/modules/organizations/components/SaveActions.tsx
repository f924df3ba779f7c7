import type { ReactNode } from 'react';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';

interface SaveActionsProps {
  readonly submitting: boolean;
  /** What the button says ("Save branding"). */
  readonly label: string;
  /** The confirmation after a save ("Branding saved."); null before. */
  readonly saved: string | null;
  /** Further buttons after Save. */
  readonly children?: ReactNode;
}

/** A settings form's Save button, and the confirmation once it saved. */
export function SaveActions({ submitting, label, saved, children }: SaveActionsProps) {
  return (
    <div className="form__actions">
      <SubmitButton submitting={submitting} pendingLabel="Saving…">
        {label}
      </SubmitButton>
      {children}
      <p className="form__status" role="status">
        {saved}
      </p>
    </div>
  );
}
