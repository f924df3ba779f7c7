interface LoadingStateProps {
  /** What is loading, read out by screen readers ("Loading roles…"). */
  readonly label?: string;
}

/** A polite progress indicator for data that is on its way. */
export function LoadingState({ label = 'Loading…' }: LoadingStateProps) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
