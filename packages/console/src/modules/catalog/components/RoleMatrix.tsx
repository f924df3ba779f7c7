import type { RoleId } from '@orgplane/schema';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useAbilityCatalog } from '../hooks/useAbilityCatalog.ts';
import type { AbilityCatalog } from '../hooks/useAbilityCatalog.ts';
import { countAbilities, filterSections } from '../utils/filterSections.ts';
import { RoleMatrixControls } from './RoleMatrixControls.tsx';
import { RoleMatrixTable } from './RoleMatrixTable.tsx';
import styles from './catalog.module.css';

interface RoleMatrixProps {
  /** The table caption. */
  readonly caption?: string;
  /** A role to highlight from the start, such as the one chosen in an invitation form. */
  readonly initialRole?: RoleId | null;
}

interface RoleMatrixViewProps {
  readonly catalog: AbilityCatalog;
  readonly caption: string;
  readonly initialRole: RoleId | null;
}

function RoleMatrixView({ catalog, caption, initialRole }: RoleMatrixViewProps) {
  const summaryId = useId();
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  const [filter, setFilter] = useState('');
  const [highlightedRole, setHighlightedRole] = useState<RoleId | null>(initialRole);
  const deferredFilter = useDeferredValue(filter);
  const sections = useMemo(() => filterSections(catalog.sections, deferredFilter), [catalog, deferredFilter]);

  const total = countAbilities(catalog.sections);
  const shown = countAbilities(sections);
  const role = catalog.roles.find((candidate) => candidate.id === highlightedRole);
  const held = role
    ? sections.reduce((sum, section) => sum + section.abilities.filter((a) => a.roles.has(role.id)).length, 0)
    : 0;

  return (
    <div className={styles.roleMatrix}>
      <RoleMatrixControls
        roles={catalog.roles}
        filter={filter}
        onFilterChange={setFilter}
        highlightedRole={highlightedRole}
        onHighlightedRoleChange={setHighlightedRole}
        summaryId={summaryId}
      />
      <div className={styles.matrixSummary}>
        <p id={summaryId} aria-live="polite">
          {shown === total ? `All ${total} abilities` : `${shown} of ${total} abilities`}
          {role ? `; ${role.label} holds ${held} of them.` : '.'}
        </p>
        {role ? (
          <p className={styles.matrixSummaryRole}>
            <strong>{role.label}:</strong> {role.description}
          </p>
        ) : null}
      </div>
      {shown === 0 ? (
        <div className={styles.matrixEmpty}>
          <p>No abilities match “{deferredFilter.trim()}”.</p>
          <button type="button" className="button button--secondary" onClick={() => setFilter('')}>
            Clear filter
          </button>
        </div>
      ) : (
        <div
          ref={scroll.ref}
          className={styles.matrixScroll}
          {...(scroll.overflowing ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
        >
          <RoleMatrixTable
            caption={caption}
            roles={catalog.roles}
            sections={sections}
            highlightedRole={highlightedRole}
          />
        </div>
      )}
    </div>
  );
}

/**
 * The role comparison matrix read from the public ability catalog, with a text filter and a role
 * highlight. Free of page layout, so it also fits inside a dialog.
 */
export function RoleMatrix({
  caption = 'Abilities of each role, grouped by section',
  initialRole = null,
}: RoleMatrixProps) {
  const { catalog, loading, error, retry } = useAbilityCatalog();
  if (catalog) return <RoleMatrixView catalog={catalog} caption={caption} initialRole={initialRole} />;
  if (error && !loading) return <ErrorState error={error} title="Could not load the roles" onRetry={retry} />;
  return <LoadingState label="Loading roles…" />;
}
