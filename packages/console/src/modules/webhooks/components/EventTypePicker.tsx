import { useId } from 'react';
import { FieldError } from '../../../ui/Field.tsx';
import { WEBHOOK_EVENT_TYPES } from '../utils/webhooks.ts';
import styles from './webhooks.module.css';

interface EventTypePickerProps {
  readonly selected: readonly string[];
  readonly onChange: (next: string[]) => void;
  /** What is wrong with the choice; marks the group invalid and is read out with it. */
  readonly error?: string | undefined;
}

/** The event types an endpoint receives, as checkboxes with what each means; at least one. */
export function EventTypePicker({ selected, onChange, error }: EventTypePickerProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const toggle = (type: string, on: boolean) => {
    // Kept in the catalog's order, whatever order they were ticked in.
    const next = new Set(selected);
    if (on) next.add(type);
    else next.delete(type);
    onChange(WEBHOOK_EVENT_TYPES.map((event) => event.id).filter((event) => next.has(event)));
  };
  return (
    <fieldset
      className={`${styles.eventPicker}${error ? ` ${styles.eventPickerInvalid}` : ''}`}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="field__label">Events</legend>
      <span id={hintId} className="field__hint">
        What the endpoint receives, at least one. “Send test event” reaches it whatever you choose.
      </span>
      <ul className={styles.eventList}>
        {WEBHOOK_EVENT_TYPES.map((event) => (
          <li key={event.id} className="checkbox">
            <input
              id={`${id}-${event.id}`}
              type="checkbox"
              className="checkbox__input"
              value={event.id}
              checked={selected.includes(event.id)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-${event.id}-description${error ? ` ${errorId}` : ''}`}
              onChange={(change) => toggle(event.id, change.target.checked)}
            />
            <span className={styles.eventText}>
              <label htmlFor={`${id}-${event.id}`} className="checkbox__label">
                {event.label} <code className={styles.eventId}>{event.id}</code>
              </label>
              <span id={`${id}-${event.id}-description`} className={styles.eventDescription}>
                {event.description}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}
