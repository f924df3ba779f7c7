import { useId, useState } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid' | 'aria-describedby' | 'name'>;

interface TextFieldProps extends InputProps {
  readonly label: string;
  readonly name: string;
  /** Help shown under the label, read out with the field. */
  readonly hint?: ReactNode;
  /** What is wrong with the value; marks the field invalid and is read out with it. */
  readonly error?: string | undefined;
  /** A control drawn inside the field's frame, after the input (such as "Show"). */
  readonly trailing?: ReactNode;
}

/** A labelled input with its hint and error wired up for assistive technology. */
export function TextField({ label, name, hint, error, trailing, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const control = (
    <input
      {...input}
      id={id}
      name={name}
      className={trailing ? 'field__control' : 'field__input'}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
    />
  );
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
      {trailing ? (
        <div className="field__input field__input--group">
          {control}
          {trailing}
        </div>
      ) : (
        control
      )}
      {error ? (
        <span id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      ) : null}
    </div>
  );
}

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'trailing'>;

/** A password input with a button that shows what was typed. */
export function PasswordField(props: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="off"
      trailing={
        <button
          type="button"
          className="field__toggle"
          aria-pressed={visible}
          aria-label={`Show ${props.label.toLowerCase()}`}
          onClick={() => setVisible((value) => !value)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      }
    />
  );
}
