import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import type { WebhookEndpointItem } from '../hooks/useWebhookEndpoints.ts';
import {
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useUpdateWebhookEndpoint,
} from '../hooks/useWebhookMutations.ts';
import { WebhookEndpointFormDialog } from './WebhookEndpointFormDialog.tsx';
import { WebhookSecretDialog } from './WebhookSecretDialog.tsx';

/** What can be done to an endpoint through a dialog (enabling needs none). */
export type WebhookEndpointAction = 'edit' | 'disable' | 'rotate' | 'delete';

interface WebhookEndpointDialogsProps {
  readonly endpoint: WebhookEndpointItem;
  readonly action: WebhookEndpointAction;
  readonly onClose: () => void;
  /** After a change, with a sentence saying what happened. */
  readonly onDone: (message: string) => void;
  /** After deleting, instead of `onDone` (a page of the endpoint goes back to the list). */
  readonly onDeleted?: (message: string) => void;
}

/** The dialog of one action on an endpoint: edit, disable, rotate the secret (then shown once), delete. */
export function WebhookEndpointDialogs({ endpoint, action, onClose, onDone, onDeleted }: WebhookEndpointDialogsProps) {
  const [update] = useUpdateWebhookEndpoint();
  const [rotate] = useRotateWebhookSecret();
  const [remove] = useDeleteWebhookEndpoint();
  // The rotated secret lives only here, while its dialog is open.
  const [secret, setSecret] = useState<string | null>(null);
  // Set as the rotation answers, before the confirmation (which then asks to close) is gone.
  const rotated = useRef(false);

  if (action === 'edit') return <WebhookEndpointFormDialog endpoint={endpoint} onClose={onClose} onSaved={onDone} />;

  if (action === 'disable') {
    return (
      <ConfirmDialog
        title="Disable this endpoint?"
        confirmLabel="Disable endpoint"
        pendingLabel="Disabling…"
        tone="danger"
        onClose={onClose}
        onConfirm={async () => {
          await update({ variables: { input: { endpointId: endpoint.id, enabled: false } } });
          onDone(`The endpoint ${endpoint.url} is disabled.`);
        }}
      >
        <p>
          Orgplane stops sending events to <strong>{endpoint.url}</strong>. New events are not queued for it while it is
          disabled; deliveries already waiting are sent when you enable it again.
        </p>
      </ConfirmDialog>
    );
  }

  if (action === 'rotate') {
    if (secret) {
      return (
        <WebhookSecretDialog
          title="Copy the new signing secret"
          description={`The endpoint ${endpoint.url} now signs with this secret.`}
          secret={secret}
          onClose={() => {
            setSecret(null);
            onDone(`The signing secret of ${endpoint.url} is rotated.`);
            onClose();
          }}
        />
      );
    }
    return (
      <ConfirmDialog
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        pendingLabel="Rotating…"
        tone="danger"
        // The secret dialog takes over; closing is its business then.
        onClose={() => (rotated.current ? undefined : onClose())}
        onConfirm={async () => {
          const { data } = await rotate({ variables: { endpointId: endpoint.id } });
          const next = data?.rotateWebhookSecret?.secret;
          if (!next) return;
          rotated.current = true;
          setSecret(next);
        }}
      >
        <p>
          <strong>{endpoint.url}</strong> gets a new secret, shown once. The old secret stops signing at once: events
          from now on fail the receiver’s signature check until it has the new one.
        </p>
      </ConfirmDialog>
    );
  }

  return (
    <ConfirmDialog
      title="Delete this endpoint?"
      confirmLabel="Delete endpoint"
      pendingLabel="Deleting…"
      tone="danger"
      onClose={onClose}
      onConfirm={async () => {
        await remove({ variables: { endpointId: endpoint.id } });
        const message = `The endpoint ${endpoint.url} is deleted.`;
        if (onDeleted) onDeleted(message);
        else onDone(message);
      }}
    >
      <p>
        <strong>{endpoint.url}</strong> stops receiving events, and its delivery log is deleted with it. Deliveries
        still waiting are not sent. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
