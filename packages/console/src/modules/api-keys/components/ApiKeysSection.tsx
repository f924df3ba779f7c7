import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { useApiKeyList } from '../hooks/useApiKeyList.ts';
import type { ApiKeyItem } from '../hooks/useApiKeyList.ts';
import { ApiKeySecretDialog } from './ApiKeySecretDialog.tsx';
import { ApiKeysTable } from './ApiKeysTable.tsx';
import { CreateApiKeyDialog } from './CreateApiKeyDialog.tsx';
import type { CreatedApiKey } from './CreateApiKeyDialog.tsx';
import { useRevokeApiKey } from '../hooks/useApiKeyMutations.ts';

type Open =
  | { readonly kind: 'create' }
  | { readonly kind: 'secret'; readonly created: CreatedApiKey }
  | { readonly kind: 'revoke'; readonly apiKey: ApiKeyItem };

/**
 * The organization's API keys with "Load more"; creating one (its secret shown once, then
 * forgotten) and revoking one, for the roles that may.
 */
export function ApiKeysSection() {
  const { can } = useAbilities();
  const list = useApiKeyList();
  // The secret lives only here, while its dialog is open; closing it drops the last reference.
  const [open, setOpen] = useState<Open | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [revoke] = useRevokeApiKey();
  const mayCreate = can('apiKeys.create');

  const startCreating = () => {
    setOutcome(null);
    setOpen({ kind: 'create' });
  };

  let body;
  if (list.loaded && list.apiKeys.length) {
    body = (
      <>
        <ApiKeysTable
          apiKeys={list.apiKeys}
          {...(can('apiKeys.revoke')
            ? {
                onRevoke: (apiKey: ApiKeyItem) => {
                  setOutcome(null);
                  setOpen({ kind: 'revoke', apiKey });
                },
              }
            : {})}
        />
        <ListFooter list={list} count={list.apiKeys.length} noun={['key', 'keys']} />
      </>
    );
  } else if (list.loaded) {
    body = (
      <div className="empty" role="status">
        <p className="empty__title">No API keys yet</p>
        <p>
          {mayCreate
            ? 'Create a key for each program that calls the API, with only the scopes it needs.'
            : 'When an owner or admin creates a key, it appears here.'}
        </p>
        {mayCreate ? (
          <button type="button" className="button" onClick={startCreating}>
            Create your first API key
          </button>
        ) : null}
      </div>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the API keys" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading API keys…" />;
  }

  return (
    <Panel
      title="Keys"
      description="Programs exchange a key for short-lived access tokens. Secrets are never shown after creation."
      aside={
        mayCreate && list.apiKeys.length ? (
          <button type="button" className="button button--small" onClick={startCreating}>
            Create API key
          </button>
        ) : null
      }
    >
      {outcome ? (
        <Notice tone="success" live>
          {outcome}
        </Notice>
      ) : null}
      {body}
      {open?.kind === 'create' ? (
        <CreateApiKeyDialog
          onClose={() => setOpen(null)}
          onCreated={(created) => setOpen({ kind: 'secret', created })}
        />
      ) : null}
      {open?.kind === 'secret' ? (
        <ApiKeySecretDialog
          created={open.created}
          onClose={() => {
            setOutcome(`The key “${open.created.name}” is active.`);
            setOpen(null);
          }}
        />
      ) : null}
      {open?.kind === 'revoke' ? (
        <ConfirmDialog
          title={`Revoke ${open.apiKey.name}?`}
          confirmLabel="Revoke key"
          pendingLabel="Revoking…"
          tone="danger"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await revoke({ variables: { apiKeyId: open.apiKey.id } });
            setOutcome(`The key “${open.apiKey.name}” is revoked.`);
          }}
        >
          <p>
            Programs using the key {open.apiKey.name} (<code>{open.apiKey.prefix}…</code>) are refused from their next
            request, including with access tokens already issued. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
