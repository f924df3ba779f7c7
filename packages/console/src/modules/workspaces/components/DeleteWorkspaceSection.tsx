import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { errorCodeOf, fieldErrorsOf } from '../../../ui/errorCode.ts';
import { useDeleteWorkspace } from '../hooks/useWorkspaceMutations.ts';

interface DeletedWorkspace {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly environmentCount: number;
}

function environmentsText(count: number): string {
  if (count === 0) return 'It has no environments.';
  return `Its ${count === 1 ? 'environment goes' : `${count} environments go`} with it, with ${count === 1 ? 'its' : 'their'} execution settings and stored cloud credentials.`;
}

/** Asks for the workspace's slug, typed, before deleting it; Delete stays disabled until it matches. */
function DeleteWorkspaceDialog({
  workspace,
  onClose,
}: {
  readonly workspace: DeletedWorkspace;
  readonly onClose: () => void;
}) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [remove] = useDeleteWorkspace();
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const matches = typed.trim() === workspace.slug;
  const fieldError =
    error && errorCodeOf(error) === 'VALIDATION_FAILED'
      ? fieldErrorsOf(error).find((field) => field.path === 'confirmSlug')
      : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || !matches) return;
    setPending(true);
    setError(null);
    remove({ variables: { workspaceId: workspace.id, confirmSlug: typed.trim() } }).then(
      () => {
        // Gone from every list and page this tab has cached; the list asks the API again.
        client.cache.evict({ id: client.cache.identify({ __typename: 'Workspace', id: workspace.id }) });
        client.cache.gc();
        onClose();
        navigate('/workspaces', {
          state: { notice: `The workspace “${workspace.name}” and its environments are deleted.` },
        });
      },
      (failure: unknown) => {
        setPending(false);
        setError(failure);
      },
    );
  };

  return (
    <Dialog
      title={`Delete ${workspace.name}?`}
      description="This cannot be undone."
      onClose={() => (pending ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={submit}>
        <div className="dialog__text">
          <p>
            The workspace <strong>{workspace.name}</strong> is deleted for everyone in the organization.{' '}
            {environmentsText(workspace.environmentCount)} Programs that deploy to them stop working.
          </p>
        </div>
        <TextField
          label="Type the workspace slug to confirm"
          name="confirmSlug"
          hint={
            <>
              The slug is <code>{workspace.slug}</code>.
            </>
          }
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={typed}
          error={fieldError ? 'This is not the workspace’s slug.' : undefined}
          onChange={(event) => setTyped(event.target.value)}
          data-autofocus
        />
        {fieldError ? null : <FormError error={error} />}
        <div className="form__actions dialog__actions">
          <button
            type="submit"
            className="button button--danger"
            disabled={!matches}
            aria-disabled={pending || undefined}
          >
            {pending ? 'Deleting…' : 'Delete workspace'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The danger zone of a workspace page: deleting it, confirmed by typing its slug. */
export function DeleteWorkspaceSection({ workspace }: { readonly workspace: DeletedWorkspace }) {
  const [open, setOpen] = useState(false);
  return (
    <Panel
      title="Delete workspace"
      tone="danger"
      description="Deletes the workspace with all its environments and their cloud credentials. This cannot be undone."
    >
      <p>
        <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
          Delete workspace…
        </button>
      </p>
      {open ? <DeleteWorkspaceDialog workspace={workspace} onClose={() => setOpen(false)} /> : null}
    </Panel>
  );
}
