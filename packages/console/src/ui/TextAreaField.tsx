import type { TextareaHTMLAttributes } from 'react';
import { Field } from './Field.tsx';
import type { FieldProps } from './Field.tsx';
import styles from './TextAreaField.module.css';

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'aria-invalid' | 'aria-describedby' | 'name' | 'className'
>;

interface TextAreaFieldProps extends TextAreaProps, FieldProps {
  readonly name: string;
}

/** A labelled multi-line input with its hint and error (see `Field`). */
export function TextAreaField({ label, name, hint, error, className, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea {...textarea} {...control} name={name} className={`field__input ${styles.fieldTextarea}`} />
      )}
    </Field>
  );
}
