import styles from './LoadingState.module.css';
interface LoadingStateProps {
  /** What is loading, read out by screen readers ("Loading roles…"). */
  readonly label?: string;
}

/** A polite progress indicator for data that is on its way. */
export function LoadingState({ label = 'Loading…' }: LoadingStateProps) {
  return (
    <div className={`state ${styles.stateLoading}`} role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
