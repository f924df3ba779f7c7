import { useId, type ReactNode } from 'react';
import { FieldError } from './Field.tsx';

/** One option of a choice list. */
interface Choice<V extends string> {
  readonly value: V;
  readonly label: ReactNode;
  readonly description: ReactNode;
}

interface ChoiceListProps<V extends string> {
  readonly legend: string;
  readonly options: readonly Choice<V>[];
  /** The chosen option's value (a form may hold it as a plain string). */
  readonly value: string;
  readonly onChange: (value: V) => void;
  /** What is wrong with the choice, shown under the list and tied to the chosen option. */
  readonly error?: string | undefined;
  /** The chosen option takes focus when its dialog opens. */
  readonly autoFocus?: boolean;
}

/** Radio options with a label and a sentence each, one chosen. */
export function ChoiceList<V extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  autoFocus = false,
}: ChoiceListProps<V>) {
  const name = useId();
  const errorId = useId();
  return (
    <fieldset className="choice-list">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            className="choice__input"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            {...(value === option.value
              ? {
                  ...(autoFocus ? { 'data-autofocus': true } : {}),
                  'aria-invalid': error ? true : undefined,
                  'aria-describedby': error ? errorId : undefined,
                }
              : {})}
          />
          <span className="choice__text">
            <span className="choice__label">{option.label}</span>
            <span className="choice__description">{option.description}</span>
          </span>
        </label>
      ))}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}
