import type { OrganizationSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { nameProblem, SLUG_HINT, slugProblem } from '../../../ui/names.ts';
import { slugSuggestionOf } from '../utils/slugSuggestion.ts';
import { SaveActions } from './SaveActions.tsx';
import { SlugSuggestion } from './SlugSuggestion.tsx';
import { useRenameOrganization } from '../hooks/useOrganizationMutations.ts';
import styles from './organizations.module.css';

interface RenameOrganizationFormProps {
  readonly organization: OrganizationSettingsFieldsFragment;
  /** Whether the person may rename (the owner); otherwise the fields are shown disabled. */
  readonly canRename: boolean;
}

/** The organization's name and URL slug, which only the owner can change. */
export function RenameOrganizationForm({ organization, canRename }: RenameOrganizationFormProps) {
  const [rename] = useRenameOrganization();
  const [saved, setSaved] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: organization.name, slug: organization.slug },
    validate: (values) => ({
      name: nameProblem(values.name, 'organization'),
      slug: slugProblem(values.slug, { optional: false }),
    }),
    codeFields: { SLUG_TAKEN: 'slug' },
    onSubmit: async (values) => {
      setSaved(null);
      setSuggestion(null);
      try {
        const { data } = await rename({
          variables: { input: { name: values.name.trim(), slug: values.slug.trim().toLowerCase() } },
        });
        const updated = data?.renameOrganization?.organization;
        if (updated) form.reset({ name: updated.name, slug: updated.slug });
        setSaved('Name and URL saved.');
      } catch (error) {
        setSuggestion(slugSuggestionOf(error));
        throw error;
      }
    },
  });

  return (
    <Panel
      title="Name and URL"
      description="How the organization is named across Orgplane, and the slug that identifies it in URLs and API requests."
    >
      <form className="form form--inline" noValidate onSubmit={form.handleSubmit}>
        {canRename ? null : (
          <p className={styles.settingsExplanation}>Only the owner can change the organization’s name and URL slug.</p>
        )}
        <fieldset className={styles.settingsFieldset} disabled={!canRename}>
          <legend className="visually-hidden">Name and URL</legend>
          <TextField label="Organization name" autoComplete="organization" {...form.field('name')} />
          <TextField
            label="URL slug"
            hint={`${SLUG_HINT} Changing it breaks links and API clients that use the old one.`}
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
        </fieldset>
        <FormError error={form.failure?.error} details={form.failure?.details} />
        {canRename ? <SaveActions submitting={form.submitting} label="Save name and URL" saved={saved} /> : null}
      </form>
    </Panel>
  );
}
