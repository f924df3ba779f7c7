import { useId } from 'react';
import type { ReactNode, SelectHTMLAttributes } from 'react';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'aria-invalid' | 'aria-describedby' | 'name'>;

/** One choice of a select. */
interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps extends SelectProps {
  readonly label: string;
  readonly name: string;
  readonly options: readonly SelectOption[];
  /** Help shown under the label, read out with the field. */
  readonly hint?: ReactNode;
  /** What is wrong with the choice; marks the field invalid and is read out with it. */
  readonly error?: string | undefined;
}

/** A labelled select with its hint and error wired up for assistive technology. */
export function SelectField({ label, name, options, hint, error, className, ...select }: SelectFieldProps) {
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
      <select
        {...select}
        id={id}
        name={name}
        className="field__input field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** The option of `options` whose value is `value` (a select's raw string), typed; undefined if none. */
export function optionFor<T extends string>(options: readonly { readonly value: T }[], value: string): T | undefined {
  return options.find((option) => option.value === value)?.value;
}
