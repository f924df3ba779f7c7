import { useState } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field.tsx';
import type { FieldProps } from './Field.tsx';
import styles from './TextField.module.css';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-invalid' | 'aria-describedby' | 'name' | 'className'
>;

interface TextFieldProps extends InputProps, FieldProps {
  readonly name: string;
  /** A control drawn inside the field's frame, after the input (such as "Show"). */
  readonly trailing?: ReactNode;
}

/** A labelled input with its hint and error (see `Field`). */
export function TextField({ label, name, hint, error, trailing, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => {
        const element = (
          <input {...input} {...control} name={name} className={trailing ? styles.fieldControl : 'field__input'} />
        );
        return trailing ? (
          <div className={`field__input ${styles.fieldInputGroup}`}>
            {element}
            {trailing}
          </div>
        ) : (
          element
        );
      }}
    </Field>
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
          className={styles.fieldToggle}
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
