import { API_KEY_DESCRIPTION_MAX_LENGTH } from '@orgplane/schema';
import { useMemo } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { readableNameProblem } from '../../../ui/names.ts';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { dateInputValue, endOfDay, expiryProblem, latestExpiry } from '../utils/expiry.ts';
import { grantableSections, joinScopes, parseScopes, peopleOnlyLabels } from '../utils/scopes.ts';
import { ScopePicker } from './ScopePicker.tsx';
import { useCreateApiKey } from '../hooks/useApiKeyMutations.ts';
import { FormActions } from '../../../ui/FormActions.tsx';

/** A key just created: its name and the secret, shown once. */
export interface CreatedApiKey {
  readonly name: string;
  readonly secret: string;
}

interface CreateApiKeyDialogProps {
  readonly onClose: () => void;
  /** With the new key's secret, which the caller shows once and then lets go of. */
  readonly onCreated: (created: CreatedApiKey) => void;
}

/** Name, description, scopes within the viewer's own abilities, and an optional expiry day. */
export function CreateApiKeyDialog({ onClose, onCreated }: CreateApiKeyDialogProps) {
  const { can } = useAbilities();
  const sections = useMemo(() => grantableSections(can), [can]);
  const peopleOnly = useMemo(() => peopleOnlyLabels(can), [can]);
  const [create] = useCreateApiKey();
  const today = dateInputValue(new Date());
  const form = useForm({
    initialValues: { name: '', description: '', scopes: '', expiresAt: '' },
    validate: (values) => ({
      name: readableNameProblem(values.name, 'Enter a name, such as the program that uses the key.'),
      description:
        values.description.trim().length > API_KEY_DESCRIPTION_MAX_LENGTH
          ? `Use at most ${API_KEY_DESCRIPTION_MAX_LENGTH} characters.`
          : undefined,
      scopes: parseScopes(values.scopes).length ? undefined : 'Choose at least one scope.',
      expiresAt: expiryProblem(values.expiresAt),
    }),
    onSubmit: async (values) => {
      const expiresAt = values.expiresAt ? endOfDay(values.expiresAt)?.toISOString() : undefined;
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            description: values.description.trim(),
            scopes: parseScopes(values.scopes),
            ...(expiresAt ? { expiresAt } : {}),
          },
        },
      });
      const created = data?.createApiKey;
      if (created) onCreated({ name: created.apiKey.name, secret: created.secret });
    },
  });
  const selected = useMemo(() => new Set(parseScopes(form.values.scopes)), [form.values.scopes]);

  return (
    <Dialog
      title="Create API key"
      description="A key lets a program call the API for this organization, with the scopes you choose."
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField
          label="Name"
          hint="Such as the program or pipeline that uses it."
          autoComplete="off"
          maxLength={200}
          data-autofocus
          {...form.field('name')}
        />
        <TextAreaField
          label="Description (optional)"
          name="description"
          rows={2}
          value={form.values.description}
          error={form.errors.description}
          onChange={(event) => form.setValue('description', event.target.value)}
        />
        <ScopePicker
          sections={sections}
          selected={selected}
          error={form.errors.scopes}
          peopleOnly={peopleOnly}
          onChange={(next) => form.setValue('scopes', joinScopes(next))}
        />
        <TextField
          label="Expires on (optional)"
          hint="The key stops working at the end of this day. Leave empty for a key that does not expire."
          type="date"
          min={today}
          max={dateInputValue(latestExpiry())}
          {...form.field('expiresAt')}
        />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel="Creating…" onCancel={onClose}>
          Create API key
        </FormActions>
      </form>
    </Dialog>
  );
}
