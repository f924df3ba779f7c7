import { Dialog } from '../../../ui/Dialog.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { WebhookEndpointItem } from '../hooks/useWebhookEndpoints.ts';
import { useCreateWebhookEndpoint, useUpdateWebhookEndpoint } from '../hooks/useWebhookMutations.ts';
import { WEBHOOK_DESCRIPTION_MAX_LENGTH, parseEventTypes, urlProblem } from '../utils/webhooks.ts';
import { EventTypePicker } from './EventTypePicker.tsx';

type Field = 'url' | 'description' | 'eventTypes';

/** The API's input paths for the fields of this form. */
const PATHS: Readonly<Record<string, Field>> = {
  'input.url': 'url',
  'input.description': 'description',
  'input.eventTypes': 'eventTypes',
};

/** An endpoint just created: where it sends, and its signing secret, shown once. */
export interface CreatedWebhookEndpoint {
  readonly id: string;
  readonly url: string;
  readonly secret: string;
}

interface WebhookEndpointFormDialogProps {
  /** The endpoint being edited; none to add one. */
  readonly endpoint?: WebhookEndpointItem;
  readonly onClose: () => void;
  /** After adding, with the secret, which the caller shows once and lets go of. */
  readonly onCreated?: (created: CreatedWebhookEndpoint) => void;
  /** After editing, with a sentence saying what happened. */
  readonly onSaved?: (message: string) => void;
}

/** Adds or edits an endpoint: its URL, a description, and the events it receives. */
export function WebhookEndpointFormDialog({ endpoint, onClose, onCreated, onSaved }: WebhookEndpointFormDialogProps) {
  const [create] = useCreateWebhookEndpoint();
  const [update] = useUpdateWebhookEndpoint();
  const form = useForm<Field>({
    initialValues: {
      url: endpoint?.url ?? '',
      description: endpoint?.description ?? '',
      eventTypes: endpoint?.eventTypes.join(',') ?? '',
    },
    validate: (values) => ({
      url: urlProblem(values.url),
      description:
        values.description.trim().length > WEBHOOK_DESCRIPTION_MAX_LENGTH
          ? `Use at most ${WEBHOOK_DESCRIPTION_MAX_LENGTH} characters.`
          : undefined,
      eventTypes: parseEventTypes(values.eventTypes).length ? undefined : 'Choose at least one event.',
    }),
    paths: PATHS,
    onSubmit: async (values) => {
      const input = {
        url: values.url.trim(),
        description: values.description.trim(),
        eventTypes: parseEventTypes(values.eventTypes),
      };
      if (endpoint) {
        const { data } = await update({ variables: { input: { endpointId: endpoint.id, ...input } } });
        const saved = data?.updateWebhookEndpoint?.endpoint;
        if (!saved) return;
        onSaved?.(`The endpoint ${saved.url} is saved.`);
        onClose();
        return;
      }
      const { data } = await create({ variables: { input } });
      const created = data?.createWebhookEndpoint;
      if (created) onCreated?.({ id: created.endpoint.id, url: created.endpoint.url, secret: created.secret });
    },
  });

  return (
    <Dialog
      title={endpoint ? 'Edit endpoint' : 'Add endpoint'}
      description={
        endpoint
          ? 'Changes apply to events from now on; deliveries already queued keep going to the endpoint.'
          : 'Orgplane POSTs each event you choose to this URL as JSON, signed with a secret you get next.'
      }
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField
          label="Endpoint URL"
          hint="An https URL on a public address, such as https://example.com/webhooks/orgplane."
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={2000}
          data-autofocus
          {...form.field('url')}
        />
        <TextAreaField
          label="Description (optional)"
          hint="What receives the events, so others know what it is for."
          name="description"
          rows={2}
          value={form.values.description}
          error={form.errors.description}
          onChange={(event) => form.setValue('description', event.target.value)}
        />
        <EventTypePicker
          selected={parseEventTypes(form.values.eventTypes)}
          error={form.errors.eventTypes}
          onChange={(next) => form.setValue('eventTypes', next.join(','))}
        />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel={endpoint ? 'Saving…' : 'Adding…'} onCancel={onClose}>
          {endpoint ? 'Save endpoint' : 'Add endpoint'}
        </FormActions>
      </form>
    </Dialog>
  );
}
