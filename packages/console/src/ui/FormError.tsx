import type { ReactNode } from 'react';
import { errorCodeOf } from './errorCode.ts';
import { errorText } from './errorText.ts';
import styles from './FormError.module.css';

interface FormErrorProps {
  /** The error a form submission ended with; null shows nothing. */
  readonly error: unknown;
  /** Problems that belong to no field of the form, listed under the message. */
  readonly details?: readonly string[];
  /** Something to do about it, such as a link. */
  readonly children?: ReactNode;
}

/** Why a form could not be sent, announced as soon as it appears. */
export function FormError({ error, details = [], children }: FormErrorProps) {
  if (error === null || error === undefined) return null;
  return (
    <div className={`alert ${styles.alertError}`} role="alert" data-error-code={errorCodeOf(error)}>
      <p className="alert__message">{errorText(error)}</p>
      {details.length ? (
        <ul className={styles.alertDetails}>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
