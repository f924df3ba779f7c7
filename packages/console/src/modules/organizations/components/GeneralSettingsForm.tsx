import type { OrganizationSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { readableNameProblem } from '../../../ui/names.ts';
import { Panel } from '../../../ui/Panel.tsx';
import { optionFor, SelectField } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { FormValues } from '../../../ui/useForm.ts';
import { useUpdateSettings } from '../hooks/useUpdateSettings.ts';
import { SUPPORT_TIER_OPTIONS } from '../utils/options.ts';
import { optionalDomainProblem, optionalEmailProblem, textOrNull } from '../utils/settingsValues.ts';
import { SaveActions } from './SaveActions.tsx';
import styles from './organizations.module.css';

type Field = 'industry' | 'contactEmail' | 'billingEmail' | 'primaryDomain' | 'supportTier';

interface GeneralSettingsFormProps {
  readonly organization: OrganizationSettingsFieldsFragment;
  /** Whether the person may change settings; otherwise the fields are shown disabled. */
  readonly canEdit: boolean;
}

function valuesOf({ general }: OrganizationSettingsFieldsFragment): FormValues<Field> {
  return {
    industry: general.industry ?? '',
    contactEmail: general.contactEmail ?? '',
    billingEmail: general.billingEmail ?? '',
    primaryDomain: general.primaryDomain ?? '',
    supportTier: general.supportTier,
  };
}

/** The organization's profile: industry, contact and billing addresses, domain, support plan. */
export function GeneralSettingsForm({ organization, canEdit }: GeneralSettingsFormProps) {
  const save = useUpdateSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Field>({
    initialValues: valuesOf(organization),
    validate: (values) => ({
      // Optional; when given, read like a name (no web or email address).
      industry: readableNameProblem(values.industry, '') || undefined,
      contactEmail: optionalEmailProblem(values.contactEmail),
      billingEmail: optionalEmailProblem(values.billingEmail),
      primaryDomain: optionalDomainProblem(values.primaryDomain),
    }),
    paths: {
      'general.industry': 'industry',
      'general.contactEmail': 'contactEmail',
      'general.billingEmail': 'billingEmail',
      'general.primaryDomain': 'primaryDomain',
      'general.supportTier': 'supportTier',
    },
    onSubmit: async (values) => {
      setSaved(null);
      const updated = await save({
        general: {
          industry: textOrNull(values.industry),
          contactEmail: textOrNull(values.contactEmail),
          billingEmail: textOrNull(values.billingEmail),
          primaryDomain: textOrNull(values.primaryDomain),
          supportTier: optionFor(SUPPORT_TIER_OPTIONS, values.supportTier) ?? 'COMMUNITY',
        },
      });
      if (updated) form.reset(valuesOf(updated));
      setSaved('Profile saved.');
    },
  });

  return (
    <Panel title="Profile" description="Who the organization is and how to reach it.">
      <form className="form form--inline" noValidate onSubmit={form.handleSubmit}>
        <fieldset className={styles.settingsFieldset} disabled={!canEdit}>
          <legend className="visually-hidden">Profile</legend>
          <TextField
            label="Industry"
            hint="Optional, up to 100 characters."
            autoComplete="off"
            {...form.field('industry')}
          />
          <TextField
            label="Contact email"
            hint="Who to contact about the organization. Optional."
            type="email"
            autoComplete="off"
            {...form.field('contactEmail')}
          />
          <TextField
            label="Billing email"
            hint="Where invoices go. Optional."
            type="email"
            autoComplete="off"
            {...form.field('billingEmail')}
          />
          <TextField
            label="Primary domain"
            hint="The organization’s main domain, such as example.com. Optional."
            autoComplete="off"
            spellCheck={false}
            {...form.field('primaryDomain')}
          />
          <SelectField
            label="Support tier"
            name="supportTier"
            options={SUPPORT_TIER_OPTIONS}
            value={form.values.supportTier}
            error={form.errors.supportTier}
            onChange={(event) => form.setValue('supportTier', event.target.value)}
          />
        </fieldset>
        <FormError error={form.failure?.error} details={form.failure?.details} />
        {canEdit ? <SaveActions submitting={form.submitting} label="Save profile" saved={saved} /> : null}
      </form>
    </Panel>
  );
}
