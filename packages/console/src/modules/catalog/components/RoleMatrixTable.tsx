import type { RoleId } from '@orgplane/schema';
import { useId } from 'react';
import type { MatrixRole, MatrixSection } from '../hooks/useAbilityCatalog.ts';
import styles from './catalog.module.css';

interface RoleMatrixTableProps {
  readonly caption: string;
  readonly roles: readonly MatrixRole[];
  readonly sections: readonly MatrixSection[];
  readonly highlightedRole: RoleId | null;
}

function DestructiveBadge() {
  return (
    <span className={`badge ${styles.badgeDestructive}`}>
      <svg className="badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5 15 14H1L8 1.5Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        <path d="M8 6v3.6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="8" cy="11.7" r="0.9" fill="currentColor" />
      </svg>
      Destructive
    </span>
  );
}

/** What the human-only marker means, shown once above the table and as the marker's tooltip. */
const HUMAN_ONLY_MEANING = 'tenant administration that stays with people: API keys can never be given it';

/** The human-only marker: a word, not only an icon, tied to the legend that explains it. */
function HumanOnlyBadge({ legendId }: { readonly legendId: string }) {
  return (
    <span
      className={`badge ${styles.badgeHuman}`}
      title={`People only: ${HUMAN_ONLY_MEANING}.`}
      aria-describedby={legendId}
    >
      <svg className="badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="5" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path
          d="M2.8 14c.6-2.9 2.7-4.4 5.2-4.4s4.6 1.5 5.2 4.4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
      People only
    </span>
  );
}

/** An ability id that may wrap after its dot (`members.` / `archive`) on narrow screens. */
function AbilityId({ id }: { readonly id: string }) {
  const dot = id.indexOf('.');
  if (dot < 0) return id;
  return (
    <>
      {id.slice(0, dot + 1)}
      <wbr />
      {id.slice(dot + 1)}
    </>
  );
}

function AbilityCell({ allowed }: { readonly allowed: boolean }) {
  return (
    <>
      <span className={styles.cellMark} aria-hidden="true">
        {allowed ? '✓' : '—'}
      </span>
      <span className="visually-hidden">{allowed ? 'Allowed' : 'Not allowed'}</span>
    </>
  );
}

/**
 * The role comparison matrix: one column per role, one row group per section, one row per
 * ability. Purely presentational, so it fits a page or a dialog.
 */
export function RoleMatrixTable({ caption, roles, sections, highlightedRole }: RoleMatrixTableProps) {
  const idPrefix = useId();
  const legendId = `${idPrefix}-human-only`;
  const anyHumanOnly = sections.some((section) => section.abilities.some((ability) => ability.humanOnly));
  const roleDescriptionId = (role: RoleId) => `${idPrefix}-role-${role}`;
  const highlight = (role: RoleId) => (role === highlightedRole ? ` ${styles.isHighlighted}` : '');

  return (
    <>
      {anyHumanOnly ? (
        <p id={legendId} className={styles.matrixLegend}>
          <span className={`badge ${styles.badgeHuman}`}>People only</span> marks {HUMAN_ONLY_MEANING}.
        </p>
      ) : null}
      <table className={styles.matrix}>
        <caption className={styles.matrixCaption}>{caption}</caption>
        <colgroup>
          <col className={styles.matrixColAbility} />
          {roles.map((role) => (
            <col key={role.id} className="matrix__col-role" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="matrix__corner">
              <span className="visually-hidden">Ability</span>
            </td>
            {roles.map((role) => (
              <th
                key={role.id}
                scope="col"
                className={`${styles.matrixRole}${highlight(role.id)}`}
                data-role={role.id}
                data-highlighted={role.id === highlightedRole || undefined}
                title={role.description}
                aria-describedby={roleDescriptionId(role.id)}
              >
                {role.label}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.id} className="matrix__section" data-section={section.id}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={roles.length + 1}
                className={styles.matrixSectionHeader}
                abbr={section.label}
              >
                <span className={styles.matrixSectionLabel}>{section.label}</span>
                <span className={styles.matrixSectionDescription}>{section.description}</span>
              </th>
            </tr>
            {section.abilities.map((ability) => (
              <tr
                key={ability.id}
                data-ability={ability.id}
                className={ability.destructive ? 'is-destructive' : undefined}
              >
                <th scope="row" className={styles.matrixAbility} abbr={ability.label}>
                  <span className={styles.matrixAbilityTitle}>
                    <span className={styles.matrixAbilityLabel}>{ability.label}</span>
                    {ability.destructive ? <DestructiveBadge /> : null}
                    {ability.humanOnly ? <HumanOnlyBadge legendId={legendId} /> : null}
                  </span>
                  <span className={styles.matrixAbilityDescription}>{ability.description}</span>
                  <code className={styles.matrixAbilityId}>
                    <AbilityId id={ability.id} />
                  </code>
                </th>
                {roles.map((role) => {
                  const allowed = ability.roles.has(role.id);
                  return (
                    <td
                      key={role.id}
                      className={`${styles.matrixCell} ${allowed ? styles.isAllowed : styles.isDenied}${highlight(role.id)}`}
                      data-ability={ability.id}
                      data-role={role.id}
                      data-allowed={allowed}
                      data-highlighted={role.id === highlightedRole || undefined}
                    >
                      <AbilityCell allowed={allowed} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <div hidden>
        {roles.map((role) => (
          <span key={role.id} id={roleDescriptionId(role.id)}>
            {role.description}
          </span>
        ))}
      </div>
    </>
  );
}
