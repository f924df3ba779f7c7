import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { useForm } from '../../../ui/useForm.ts';
import type { EnvironmentItem } from '../hooks/useEnvironmentList.ts';
import { useClearEnvironmentCredentials, useSetEnvironmentCredentials } from '../hooks/useEnvironmentMutations.ts';
import styles from './workspaces.module.css';
import { FormActions } from '../../../ui/FormActions.tsx';

/** The largest credentials the API stores, in characters. */
const MAX_CREDENTIALS = 16_384;

// Credentials travel to the API and nowhere else: no cache entry for the mutation (its arguments
// would hold them; see the mutation hooks), the text lives only in the form while it is open.

type CredentialStatus = NonNullable<EnvironmentItem['credentials']>;

/** "Configured · updated 5 minutes ago · sha256:1f2e…", or "Not configured". */
export function CredentialStatusView({ status }: { readonly status: CredentialStatus }) {
  return (
    <span className={styles.credentialStatus} data-testid="credential-status">
      {status.configured ? (
        <span className="badge badge--success">Configured</span>
      ) : (
        <span className="badge badge--neutral">Not configured</span>
      )}
      {status.updatedAt ? (
        <span className="credential-status__when">
          {status.configured ? 'updated ' : 'cleared '}
          <time dateTime={status.updatedAt} title={formatDateTime(status.updatedAt)}>
            {formatRelative(status.updatedAt)}
          </time>
        </span>
      ) : null}
      {status.fingerprint ? (
        <span className={styles.credentialStatusFingerprint}>
          fingerprint <code>{status.fingerprint}</code>
        </span>
      ) : null}
    </span>
  );
}

interface CredentialsFormProps {
  readonly environment: EnvironmentItem;
  /** Whether the role sees the credential status (and so the mutations may ask for it). */
  readonly withCredentials: boolean;
  readonly onClose: () => void;
  readonly onSaved: (message: string) => void;
}

/** The write-only credentials box: never filled in, never showing what is stored. */
function CredentialsForm({ environment, withCredentials, onClose, onSaved }: CredentialsFormProps) {
  const [save] = useSetEnvironmentCredentials();
  const configured = environment.credentials?.configured ?? false;
  const form = useForm({
    initialValues: { credentials: '' },
    validate: ({ credentials }) => ({
      credentials: !credentials.trim()
        ? 'Paste the credentials, such as a service-account JSON key.'
        : credentials.length > MAX_CREDENTIALS
          ? `Use at most ${MAX_CREDENTIALS.toLocaleString('en')} characters.`
          : undefined,
    }),
    onSubmit: async ({ credentials }) => {
      await save({ variables: { environmentId: environment.id, credentials, withCredentials } });
      onSaved(`New credentials are stored for ${environment.name}. They are never shown again.`);
      onClose();
    },
  });
  return (
    <form className="form credentials-form" noValidate onSubmit={form.handleSubmit}>
      <TextAreaField
        label={`Cloud credentials for ${environment.name}`}
        name="credentials"
        hint={
          configured
            ? 'Paste the new credentials, such as a service-account JSON key. They replace the stored ones, which are never shown.'
            : 'Paste the credentials, such as a service-account JSON key. They are stored encrypted and never shown again.'
        }
        rows={6}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        className={styles.credentialsFormField}
        value={form.values.credentials}
        error={form.errors.credentials}
        onChange={(event) => form.setValue('credentials', event.target.value)}
        autoFocus
      />
      <FormError error={form.failure?.error} details={form.failure?.details} />
      <FormActions submitting={form.submitting} pendingLabel="Saving…" onCancel={onClose}>
        {configured ? 'Replace credentials' : 'Save credentials'}
      </FormActions>
    </form>
  );
}

interface EnvironmentCredentialsProps {
  readonly environment: EnvironmentItem;
  readonly withCredentials: boolean;
}

/** Set, replace or clear an environment's cloud credentials (for the roles that manage them). */
export function EnvironmentCredentials({ environment, withCredentials }: EnvironmentCredentialsProps) {
  const [clear] = useClearEnvironmentCredentials();
  const [editing, setEditing] = useState(false);
  const [clearing, setClearing] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  // Without the status, offer both: setting and clearing are allowed either way.
  const configured = environment.credentials?.configured ?? !withCredentials;
  const toggleLabel = configured ? 'Replace credentials…' : 'Set credentials…';

  return (
    <div className={styles.environmentCredentials}>
      {outcome ? (
        <Notice tone="success" live>
          {outcome}
        </Notice>
      ) : null}
      {editing ? (
        <CredentialsForm
          environment={environment}
          withCredentials={withCredentials}
          onClose={() => setEditing(false)}
          onSaved={setOutcome}
        />
      ) : (
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`${toggleLabel.replace('…', '')} for ${environment.name}`}
            onClick={() => {
              setOutcome(null);
              setEditing(true);
            }}
          >
            {toggleLabel}
          </button>
          {configured ? (
            <button
              type="button"
              className="button button--danger-outline button--small"
              aria-label={`Clear credentials of ${environment.name}`}
              onClick={() => {
                setOutcome(null);
                setClearing(true);
              }}
            >
              Clear credentials…
            </button>
          ) : null}
        </div>
      )}
      {clearing ? (
        <ConfirmDialog
          title={`Clear the credentials of ${environment.name}?`}
          confirmLabel="Clear credentials"
          pendingLabel="Clearing…"
          tone="danger"
          onClose={() => setClearing(false)}
          onConfirm={async () => {
            await clear({ variables: { environmentId: environment.id, withCredentials } });
            setOutcome(`The credentials of ${environment.name} are cleared.`);
          }}
        >
          <p>
            The stored cloud credentials are deleted. Deployments to {environment.name} cannot reach the cloud until new
            credentials are set.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
