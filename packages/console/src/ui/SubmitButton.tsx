import type { ReactNode } from 'react';
import styles from './SubmitButton.module.css';

interface SubmitButtonProps {
  /** While true the button reads as disabled and shows `pendingLabel`; it keeps focus. */
  readonly submitting: boolean;
  readonly children: ReactNode;
  /** What the button says while sending ("Signing in…"). */
  readonly pendingLabel?: string;
  readonly variant?: 'primary' | 'secondary' | 'danger';
  readonly wide?: boolean;
}

/**
 * A form's submit button. While sending it is `aria-disabled` rather than `disabled`, so
 * keyboard focus stays on it instead of falling back to the page; the form ignores submits
 * meanwhile.
 */
export function SubmitButton({
  submitting,
  children,
  pendingLabel = 'Sending…',
  variant = 'primary',
  wide = false,
}: SubmitButtonProps) {
  const classes = ['button', variant === 'primary' ? null : `button--${variant}`, wide ? 'button--wide' : null];
  return (
    <button type="submit" className={classes.filter(Boolean).join(' ')} aria-disabled={submitting || undefined}>
      {submitting ? (
        <>
          <span className={`spinner ${styles.spinnerSmall}`} aria-hidden="true" />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
