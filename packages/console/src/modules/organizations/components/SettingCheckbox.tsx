import { useId } from 'react';
import type { ReactNode } from 'react';
import { FieldError } from '../../../ui/Field.tsx';
import styles from './organizations.module.css';

interface SettingCheckboxProps {
  readonly label: string;
  readonly name: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** What turning it on does, read out with the checkbox. */
  readonly description: ReactNode;
  /** What is wrong with the choice; marks the checkbox invalid and is read out with it. */
  readonly error?: string | undefined;
  /** Something to do about the error, such as a link. */
  readonly errorAction?: ReactNode;
}

/** A labelled checkbox with its explanation and error wired up for assistive technology. */
export function SettingCheckbox({
  label,
  name,
  checked,
  onChange,
  description,
  error,
  errorAction,
}: SettingCheckboxProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <div className={`setting-checkbox${error ? ` ${styles.settingCheckboxInvalid}` : ''}`}>
      <div className="checkbox">
        <input
          id={id}
          name={name}
          type="checkbox"
          className="checkbox__input"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
          onChange={(event) => onChange(event.target.checked)}
        />
        <div className="setting-checkbox__text">
          <label htmlFor={id} className="checkbox__label">
            {label}
          </label>
          <span id={descriptionId} className="field__hint">
            {description}
          </span>
          {error ? <FieldError id={errorId}>{error}</FieldError> : null}
          {error && errorAction ? <span className={styles.settingCheckboxAction}>{errorAction}</span> : null}
        </div>
      </div>
    </div>
  );
}
