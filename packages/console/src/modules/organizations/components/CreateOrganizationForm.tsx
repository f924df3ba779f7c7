import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormError } from '../../../ui/FormError.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { useTenant } from '../../auth/hooks/useSession.ts';
import { nameProblem, SLUG_HINT, slugProblem } from '../../../ui/names.ts';
import { textOrNull } from '../utils/settingsValues.ts';
import { slugSuggestionOf } from '../utils/slugSuggestion.ts';
import { SlugSuggestion } from './SlugSuggestion.tsx';
import { useCreateOrganization } from '../hooks/useOrganizationMutations.ts';

/**
 * A new organization with the signed-in person as owner. Once created, this tab switches to it
 * and opens its general settings.
 */
export function CreateOrganizationForm() {
  const [create] = useCreateOrganization();
  const { switchTenant } = useTenant();
  const navigate = useNavigate();
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', slug: '' },
    validate: (values) => ({
      name: nameProblem(values.name, 'organization'),
      slug: slugProblem(values.slug, { optional: true }),
    }),
    codeFields: { SLUG_TAKEN: 'slug' },
    onSubmit: async (values) => {
      setSuggestion(null);
      try {
        const { data } = await create({
          variables: { input: { name: values.name.trim(), slug: textOrNull(values.slug)?.toLowerCase() ?? null } },
        });
        const organization = data?.createOrganization?.organization;
        if (!organization) return;
        switchTenant(organization.id);
        navigate('/settings/general', { state: { created: organization.name } });
      } catch (error) {
        setSuggestion(slugSuggestionOf(error));
        throw error;
      }
    },
  });

  return (
    <form className="form form--narrow" noValidate onSubmit={form.handleSubmit}>
      <TextField label="Organization name" autoComplete="organization" {...form.field('name')} autoFocus />
      <TextField
        label="URL slug (optional)"
        hint={`${SLUG_HINT} Left empty, it is made from the name.`}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        {...form.field('slug')}
      />
      <SlugSuggestion
        suggestion={suggestion}
        onUse={(slug) => {
          form.setValue('slug', slug);
          setSuggestion(null);
        }}
      />
      <FormError error={form.failure?.error} details={form.failure?.details} />
      <div className="form__actions">
        <SubmitButton submitting={form.submitting} pendingLabel="Creating…">
          Create organization
        </SubmitButton>
      </div>
    </form>
  );
}
