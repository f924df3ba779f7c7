import styles from './organizations.module.css';
interface SlugSuggestionProps {
  /** A free slug the API offered; nothing shows without one. */
  readonly suggestion: string | null;
  readonly onUse: (slug: string) => void;
}

/** "Use acme-2": takes the free slug the API offered when the chosen one was taken. */
export function SlugSuggestion({ suggestion, onUse }: SlugSuggestionProps) {
  if (!suggestion) return null;
  return (
    <p className={styles.slugSuggestion}>
      <span>
        <code>{suggestion}</code> is free.
      </span>
      <button type="button" className="button button--secondary button--small" onClick={() => onUse(suggestion)}>
        Use {suggestion}
      </button>
    </p>
  );
}
