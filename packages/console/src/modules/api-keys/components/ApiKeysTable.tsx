import type { ApiKeyStatus } from '@orgplane/schema/generated/graphql';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import type { ApiKeyItem } from '../hooks/useApiKeyList.ts';
import { creatorMustHaveLeft, isPeopleOnlyScope, joinLabels, scopeLabel } from '../utils/scopes.ts';
import styles from './api-keys.module.css';

const CAPTION = 'API keys, newest first';

const STATUS = {
  ACTIVE: { label: 'Active', tone: 'success' },
  EXPIRED: { label: 'Expired', tone: 'warning' },
  REVOKED: { label: 'Revoked', tone: 'neutral' },
} as const satisfies Record<ApiKeyStatus, { label: string; tone: string }>;

function When({ iso }: { readonly iso: string | null }) {
  if (!iso) return <span className="data-table__none">Never</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso)}
    </time>
  );
}

/** "2 scopes", opening to the list of what they allow; those out of force marked in words. */
function Scopes({ scopes, inForce }: { readonly scopes: readonly string[]; readonly inForce: ReadonlySet<string> }) {
  return (
    <details className={styles.scopesCell}>
      <summary>
        {scopes.length} scope{scopes.length === 1 ? '' : 's'}
      </summary>
      <ul className={styles.scopesCellList}>
        {scopes.map((scope) => (
          <li key={scope}>
            {scopeLabel(scope)} <code className="cell-secondary">{scope}</code>
            {inForce.has(scope) ? null : (
              <>
                {' '}
                <span className="badge badge--warning">Not in force</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * "⚠ 2 of 3 scopes in force" (words that wrap, so the table keeps its width) under the scopes of
 * a key that cannot use them all, with why: they stay with people (a key stored with a human-only
 * scope), or its creator no longer holds them; nothing when every scope is in force.
 */
function ScopesInForce({
  scopes,
  inForce,
}: {
  readonly scopes: readonly string[];
  readonly inForce: ReadonlySet<string>;
}) {
  const lost = scopes.filter((scope) => !inForce.has(scope));
  if (!lost.length) return null;
  const none = inForce.size === 0;
  const peopleOnly = lost.filter(isPeopleOnlyScope);
  const notHeld = lost.filter((scope) => !isPeopleOnlyScope(scope));
  const delegable = scopes.filter((scope) => !isPeopleOnlyScope(scope));
  return (
    <div className={styles.scopesNote}>
      <span className="cell-primary">
        <span aria-hidden="true">⚠ </span>
        <strong>{none ? 'No scopes in force' : `${inForce.size} of ${scopes.length} scopes in force`}</strong>
      </span>
      {peopleOnly.length ? (
        <span className="cell-secondary">
          {`${joinLabels(peopleOnly.map(scopeLabel))} ${peopleOnly.length === 1 ? 'stays' : 'stay'} with people: no API key can use ${peopleOnly.length === 1 ? 'it' : 'them'}.`}
        </span>
      ) : null}
      {notHeld.length ? (
        <span className="cell-secondary">
          {!none
            ? `Its creator no longer holds ${joinLabels(notHeld.map(scopeLabel))}.`
            : creatorMustHaveLeft(delegable)
              ? 'Its creator is no longer an active member, so it can do nothing.'
              : 'Its creator is no longer an active member or no longer holds any of them, so it can do nothing.'}
        </span>
      ) : null}
    </div>
  );
}

interface ApiKeysTableProps {
  readonly apiKeys: readonly ApiKeyItem[];
  /** Offers Revoke on active keys. */
  readonly onRevoke?: (apiKey: ApiKeyItem) => void;
}

/** The key list: name, prefix, scopes, when and by whom it was created, last use, expiry and status. */
export function ApiKeysTable({ apiKeys, onRevoke }: ApiKeysTableProps) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': CAPTION, tabIndex: 0 } : {})}
    >
      <table className={`data-table ${styles.apiKeysTable}`}>
        <caption className="visually-hidden">{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Prefix</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
            {onRevoke ? (
              <th scope="col" className="data-table__actions">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((apiKey) => {
            const status = STATUS[apiKey.status];
            const inForce = new Set(apiKey.scopesInForce);
            return (
              <tr key={apiKey.id} data-api-key={apiKey.prefix}>
                <th scope="row" className="member-cell">
                  <span className="member-cell__name">{apiKey.name}</span>
                  {apiKey.description ? <span className="member-cell__email">{apiKey.description}</span> : null}
                </th>
                <td>
                  <code>{apiKey.prefix}…</code>
                </td>
                <td>
                  <Scopes scopes={apiKey.scopes} inForce={inForce} />
                  {apiKey.status === 'ACTIVE' ? <ScopesInForce scopes={apiKey.scopes} inForce={inForce} /> : null}
                </td>
                <td>
                  <span className="cell-primary">
                    <When iso={apiKey.createdAt} />
                  </span>
                  <span className="cell-secondary">
                    {apiKey.createdByName ? `by ${apiKey.createdByName}` : 'by a deleted account'}
                  </span>
                </td>
                <td>
                  <When iso={apiKey.lastUsedAt} />
                </td>
                <td>
                  <When iso={apiKey.expiresAt} />
                </td>
                <td>
                  <span className={`badge badge--${status.tone}`}>{status.label}</span>
                </td>
                {onRevoke ? (
                  <td className="data-table__actions">
                    {apiKey.status === 'ACTIVE' ? (
                      <button
                        type="button"
                        className="button button--danger-outline button--small"
                        aria-label={`Revoke ${apiKey.name}`}
                        onClick={() => onRevoke(apiKey)}
                      >
                        Revoke
                      </button>
                    ) : (
                      <span className="data-table__none">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">No actions</span>
                      </span>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
