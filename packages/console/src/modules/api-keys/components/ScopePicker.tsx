import type { AbilityId, CatalogSection } from '@orgplane/schema';
import { useId } from 'react';
import { joinLabels } from '../utils/scopes.ts';
import { FieldError } from '../../../ui/Field.tsx';
import styles from './api-keys.module.css';

interface ScopePickerProps {
  /** The sections with the abilities that may be granted (the viewer's own). */
  readonly sections: readonly CatalogSection[];
  readonly selected: ReadonlySet<AbilityId>;
  readonly onChange: (next: ReadonlySet<AbilityId>) => void;
  /** What is wrong with the choice; marks the group invalid and is read out with it. */
  readonly error?: string | undefined;
  /** Labels of abilities the viewer holds that stay with people, so are not offered. */
  readonly peopleOnly?: readonly string[];
}

function SectionScopes({
  section,
  selected,
  onChange,
}: {
  readonly section: CatalogSection;
  readonly selected: ReadonlySet<AbilityId>;
  readonly onChange: (next: ReadonlySet<AbilityId>) => void;
}) {
  const id = useId();
  const chosen = section.abilities.filter((ability) => selected.has(ability.id)).length;
  const all = chosen === section.abilities.length;
  const toggle = (ability: AbilityId, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(ability);
    else next.delete(ability);
    onChange(next);
  };
  const toggleAll = (on: boolean) => {
    const next = new Set(selected);
    for (const ability of section.abilities) {
      if (on) next.add(ability.id);
      else next.delete(ability.id);
    }
    onChange(next);
  };
  return (
    <fieldset className={styles.scopeSection}>
      <legend className={styles.scopeSectionTitle}>{section.label}</legend>
      {section.abilities.length > 1 ? (
        <div className={`checkbox ${styles.scopeSectionAll}`}>
          <input
            id={`${id}-all`}
            type="checkbox"
            className="checkbox__input"
            checked={all}
            ref={(element) => {
              if (element) element.indeterminate = chosen > 0 && !all;
            }}
            onChange={(event) => toggleAll(event.target.checked)}
          />
          <label htmlFor={`${id}-all`} className={styles.scopeSectionAllLabel}>
            All of {section.label}
          </label>
        </div>
      ) : null}
      <ul className={styles.scopeList}>
        {section.abilities.map((ability) => (
          <li key={ability.id} className="checkbox scope">
            <input
              id={`${id}-${ability.id}`}
              type="checkbox"
              className="checkbox__input"
              value={ability.id}
              checked={selected.has(ability.id)}
              aria-describedby={`${id}-${ability.id}-description`}
              onChange={(event) => toggle(ability.id, event.target.checked)}
            />
            <span className={styles.scopeText}>
              <label htmlFor={`${id}-${ability.id}`} className="checkbox__label">
                {ability.label}
              </label>
              <span id={`${id}-${ability.id}-description`} className={styles.scopeDescription}>
                {ability.description}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The scopes of a new API key as checkboxes grouped by catalog section, each section with a
 * "select all"; only abilities the viewer holds are offered (the API grants no more).
 */
export function ScopePicker({ sections, selected, onChange, error, peopleOnly = [] }: ScopePickerProps) {
  const hintId = useId();
  const peopleOnlyId = useId();
  const errorId = useId();
  return (
    <fieldset
      className={`${styles.scopePicker}${error ? ` ${styles.scopePickerInvalid}` : ''}`}
      aria-describedby={[hintId, peopleOnly.length ? peopleOnlyId : null, error ? errorId : null]
        .filter(Boolean)
        .join(' ')}
      aria-invalid={error ? true : undefined}
      // Focusable from script, so a form can move focus here when nothing is chosen.
      tabIndex={-1}
    >
      <legend className="field__label">Scopes</legend>
      <span id={hintId} className="field__hint">
        What the key may do. Only what your own role allows is offered; {selected.size} chosen.
      </span>
      {peopleOnly.length ? (
        <span id={peopleOnlyId} className="field__hint">
          Not offered, because tenant administration stays with people: {joinLabels(peopleOnly)}.
        </span>
      ) : null}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      <div className={styles.scopePickerSections}>
        {sections.map((section) => (
          <SectionScopes key={section.id} section={section} selected={selected} onChange={onChange} />
        ))}
      </div>
    </fieldset>
  );
}
