import { useId } from 'react';
import { normalizeHex } from '../utils/branding.ts';
import { FieldError } from '../../../ui/Field.tsx';
import styles from './organizations.module.css';

interface ColorFieldProps {
  readonly label: string;
  readonly name: string;
  /** `#rrggbb`, or empty for the default. */
  readonly value: string;
  /** The colour the console uses while the value is empty, shown in the picker. */
  readonly defaultColor: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

/**
 * A branding colour: the browser's colour picker and the same colour as hex text, kept in step,
 * both labelled; empty means the console's default, which "Use default" brings back.
 */
export function ColorField({ label, name, value, defaultColor, onChange, error }: ColorFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const color = normalizeHex(value);
  return (
    <div className={`field color-field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <span id={hintId} className="field__hint">
        {color ? 'Hex, such as #1a2b3c.' : 'Empty: the console’s default colour.'}
      </span>
      <div className={styles.colorFieldRow}>
        <input
          type="color"
          className={styles.colorFieldPicker}
          aria-label={`${label} picker`}
          aria-describedby={hintId}
          value={color ?? defaultColor}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          id={id}
          name={name}
          className={`field__input ${styles.colorFieldText}`}
          value={value}
          placeholder={defaultColor}
          autoComplete="off"
          spellCheck={false}
          maxLength={7}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
        {value ? (
          <button type="button" className="button button--secondary button--small" onClick={() => onChange('')}>
            Use default<span className="visually-hidden"> {label.toLowerCase()}</span>
          </button>
        ) : null}
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
