import { useId } from 'react';
import type { ReactNode } from 'react';

/** What a field hands its control: the id the label points to, and the ARIA that ties hint and error to it. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/** What every form field takes besides its control. */
export interface FieldProps {
  readonly label: string;
  /** Help shown under the label, read out with the field. */
  readonly hint?: ReactNode;
  /** What is wrong with the value; marks the field invalid and is read out with it. */
  readonly error?: string | undefined;
  readonly className?: string | undefined;
}

/** A field's error: a warning sign (not read out) and the message, under the control. */
export function FieldError({ id, children }: { readonly id: string; readonly children: ReactNode }) {
  return (
    <span id={id} className="field__error">
      <span aria-hidden="true">⚠ </span>
      {children}
    </span>
  );
}

/**
 * The one wrapper of every form field: the label, the hint under it, the control, and the error,
 * with the control's id and ARIA wired to them for assistive technology.
 */
export function Field({
  label,
  hint,
  error,
  className,
  children,
}: FieldProps & { readonly children: (control: FieldControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
