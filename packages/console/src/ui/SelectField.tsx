import type { SelectHTMLAttributes } from 'react';
import { Field } from './Field.tsx';
import type { FieldProps } from './Field.tsx';
import styles from './SelectField.module.css';

type SelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'aria-invalid' | 'aria-describedby' | 'name' | 'className'
>;

/** One choice of a select. */
interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps extends SelectProps, FieldProps {
  readonly name: string;
  readonly options: readonly SelectOption[];
}

/** A labelled select with its hint and error (see `Field`). */
export function SelectField({ label, name, options, hint, error, className, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...select} {...control} name={name} className={`field__input ${styles.fieldSelect}`}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The option of `options` whose value is `value` (a select's raw string), typed; undefined if none. */
export function optionFor<T extends string>(options: readonly { readonly value: T }[], value: string): T | undefined {
  return options.find((option) => option.value === value)?.value;
}
