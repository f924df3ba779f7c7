import { useId } from 'react';
import { FieldError } from '../../../ui/Field.tsx';
import { formatDay } from '../../../ui/formatDate.ts';
import { boundaryTime, daysBetween, fourFourFiveQuarter, toDateInput } from '../utils/invoices.ts';
import styles from './billing.module.css';

/** The most boundaries a calendar may hold (the API's limit). */
const CALENDAR_MAX_BOUNDARIES = 60;

interface FiscalCalendarEditorProps {
  /** The boundaries as date inputs hold them ("2027-03-31"), in order; "" for one not filled in yet. */
  readonly days: readonly string[];
  readonly onChange: (days: string[]) => void;
  /** The end of the current period: the calendar starts after it. */
  readonly periodEnd: string;
  readonly error?: string | undefined;
  /** Shows the dates only, without inputs and buttons. */
  readonly readOnly: boolean;
}

/** The day `count` days after `day` ("2027-03-31"). */
function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + count * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * A custom fiscal calendar: the days periods end on after the current one, each a date input
 * with Remove, then "Add a boundary" (a month after the last) and "Add a 4-4-5 quarter" (13
 * weeks after the last, split into periods of 4, 4 and 5 weeks). Read-only, the days as a list.
 */
export function FiscalCalendarEditor({ days, onChange, periodEnd, error, readOnly }: FiscalCalendarEditorProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const last = [...days].reverse().find(Boolean) ?? toDateInput(periodEnd);
  const full = days.length >= CALENDAR_MAX_BOUNDARIES;
  const min = addDays(toDateInput(periodEnd), 1);

  const replace = (index: number, day: string) => onChange(days.map((current, at) => (at === index ? day : current)));
  const remove = (index: number) => onChange(days.filter((_, at) => at !== index));

  return (
    <fieldset
      className={`field ${styles.calendar}${error ? ' field--invalid' : ''}`}
      aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
    >
      <legend className="field__label">Fiscal calendar</legend>
      <span id={hintId} className="field__hint">
        Optional: the days periods end on after the current one, for a fiscal calendar that does not follow the months.
        Periods end at {boundaryTime(periodEnd)}, as they do now. After the last boundary, periods follow the anchor day
        again.
      </span>
      {days.length ? (
        <ol className={styles.boundaryList}>
          {days.map((day, index) => {
            const previous = index === 0 ? toDateInput(periodEnd) : days[index - 1];
            const length = day && previous ? daysBetween(previous, day) : null;
            const label = `Period ${index + 1} ends`;
            return (
              // The list is edited in place: a boundary is its position.
              <li key={index} className={styles.boundary}>
                {readOnly ? (
                  <span>
                    <span className={styles.boundaryLabel}>{label}</span>{' '}
                    <time dateTime={day}>{formatDay(`${day}T00:00:00.000Z`)}</time>
                  </span>
                ) : (
                  <>
                    <label className={styles.boundaryLabel} htmlFor={`${id}-${index}`}>
                      {label}
                    </label>
                    <input
                      id={`${id}-${index}`}
                      type="date"
                      className={`field__input ${styles.boundaryInput}`}
                      value={day}
                      min={min}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      onChange={(event) => replace(index, event.target.value)}
                    />
                  </>
                )}
                {length !== null && length > 0 ? (
                  <span className="cell-secondary">{`(${length} ${length === 1 ? 'day' : 'days'})`}</span>
                ) : null}
                {readOnly ? null : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Remove period ${index + 1}’s end`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className={styles.quiet}>No custom calendar: every period ends on the anchor day.</p>
      )}
      {readOnly ? null : (
        <div className={styles.calendarActions}>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={full || undefined}
            onClick={() => {
              if (!full) onChange([...days, addDays(last, 30)]);
            }}
          >
            Add a boundary
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={days.length + 3 > CALENDAR_MAX_BOUNDARIES || undefined}
            onClick={() => {
              if (days.length + 3 <= CALENDAR_MAX_BOUNDARIES) onChange([...days, ...fourFourFiveQuarter(last)]);
            }}
          >
            Add a 4-4-5 quarter
          </button>
          {days.length ? (
            <button type="button" className="button button--secondary button--small" onClick={() => onChange([])}>
              Remove the calendar
            </button>
          ) : null}
        </div>
      )}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}
