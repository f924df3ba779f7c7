import type { RoleId } from '@orgplane/schema';
import { useId } from 'react';
import type { MatrixRole } from '../hooks/useAbilityCatalog.ts';
import styles from './catalog.module.css';

interface RoleMatrixControlsProps {
  readonly roles: readonly MatrixRole[];
  readonly filter: string;
  readonly onFilterChange: (filter: string) => void;
  readonly highlightedRole: RoleId | null;
  readonly onHighlightedRoleChange: (role: RoleId | null) => void;
  /** The id of the element that summarizes what the matrix shows. */
  readonly summaryId: string;
}

/** A text filter for abilities and a radio group that highlights one role's column. */
export function RoleMatrixControls({
  roles,
  filter,
  onFilterChange,
  highlightedRole,
  onHighlightedRoleChange,
  summaryId,
}: RoleMatrixControlsProps) {
  const filterId = useId();
  const hintId = useId();
  const groupName = useId();
  const options: readonly { id: RoleId | null; label: string }[] = [{ id: null, label: 'None' }, ...roles];

  return (
    <div className={styles.matrixToolbar}>
      <div className="field">
        <label className="field__label" htmlFor={filterId}>
          Filter abilities
        </label>
        <input
          id={filterId}
          className="field__input"
          type="search"
          value={filter}
          placeholder="archive, billing, delete…"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${hintId} ${summaryId}`}
          onChange={(event) => onFilterChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter !== '') {
              event.preventDefault();
              onFilterChange('');
            }
          }}
        />
        <span id={hintId} className="field__hint">
          Matches ability names, descriptions and sections. Escape clears.
        </span>
      </div>
      <fieldset className="segmented">
        <legend className="field__label">Highlight a role</legend>
        <div className="segmented__options">
          {options.map((option) => (
            <label key={option.id ?? 'none'} className="segmented__option">
              <input
                className="segmented__input"
                type="radio"
                name={groupName}
                value={option.id ?? ''}
                checked={highlightedRole === option.id}
                onChange={() => onHighlightedRoleChange(option.id)}
              />
              <span className="segmented__label">{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
