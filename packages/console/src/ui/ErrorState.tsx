import { errorCodeOf } from './errorCode.ts';
import { errorText } from './errorText.ts';
import styles from './ErrorState.module.css';

interface ErrorStateProps {
  /** The error to explain; its `extensions.code` picks the message from the shared table. */
  readonly error: unknown;
  /** What failed, in a few words ("Could not load the roles"). */
  readonly title?: string;
  /** Shows a Retry button that calls this. */
  readonly onRetry?: () => void;
}

/** An error a person can act on: the shared message for its code and a way to try again. */
export function ErrorState({ error, title = 'Something went wrong', onRetry }: ErrorStateProps) {
  return (
    <div className={`state ${styles.stateError}`} role="alert" data-error-code={errorCodeOf(error)}>
      <p className={styles.stateTitle}>{title}</p>
      <p>{errorText(error)}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
