import { useId } from 'react';
import type { ReactNode, TextareaHTMLAttributes } from 'react';

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'aria-invalid' | 'aria-describedby' | 'name'
>;

interface TextAreaFieldProps extends TextAreaProps {
  readonly label: string;
  readonly name: string;
  /** Help shown under the label, read out with the field. */
  readonly hint?: ReactNode;
  /** What is wrong with the value; marks the field invalid and is read out with it. */
  readonly error?: string | undefined;
}

/** A labelled multi-line input with its hint and error wired up for assistive technology. */
export function TextAreaField({ label, name, hint, error, className, ...textarea }: TextAreaFieldProps) {
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
      <textarea
        {...textarea}
        id={id}
        name={name}
        className="field__input field__textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <span id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      ) : null}
    </div>
  );
}
