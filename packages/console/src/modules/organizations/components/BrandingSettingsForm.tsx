import { HEX_COLOR } from '@orgplane/schema';
import type { OrganizationSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { FormValues } from '../../../ui/useForm.ts';
import { useUpdateSettings } from '../hooks/useUpdateSettings.ts';
import { FONT_OPTIONS } from '../utils/options.ts';
import { textOrNull } from '../utils/settingsValues.ts';
import { BrandingPreview } from './BrandingPreview.tsx';
import { ColorField } from './ColorField.tsx';
import { SaveActions } from './SaveActions.tsx';
import styles from './organizations.module.css';

type Field = 'primaryColor' | 'secondaryColor' | 'accentColor' | 'fontFamily';

interface BrandingSettingsFormProps {
  readonly organization: OrganizationSettingsFieldsFragment;
  /** Whether the person may change settings; otherwise the fields are shown disabled. */
  readonly canEdit: boolean;
}

/** The console's own colours, shown in the pickers while a colour is left at its default. */
const DEFAULT_COLORS: Record<Exclude<Field, 'fontFamily'>, string> = {
  primaryColor: '#3042c8',
  secondaryColor: '#161b26',
  accentColor: '#3042c8',
};

const COLORS = [
  { name: 'primaryColor', label: 'Primary colour' },
  { name: 'secondaryColor', label: 'Secondary colour' },
  { name: 'accentColor', label: 'Accent colour' },
] as const;

function valuesOf({ branding }: OrganizationSettingsFieldsFragment): FormValues<Field> {
  return {
    primaryColor: branding.primaryColor ?? '',
    secondaryColor: branding.secondaryColor ?? '',
    accentColor: branding.accentColor ?? '',
    fontFamily: branding.fontFamily ?? '',
  };
}

function colorProblem(value: string): string | undefined {
  const color = value.trim();
  return !color || HEX_COLOR.test(color)
    ? undefined
    : 'Enter # and six hex digits, such as #1a2b3c, or leave it empty.';
}

/**
 * The organization's colours and font, with a live preview. Once saved, the console re-colours
 * for every member of the organization.
 */
export function BrandingSettingsForm({ organization, canEdit }: BrandingSettingsFormProps) {
  const save = useUpdateSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Field>({
    initialValues: valuesOf(organization),
    validate: (values) => ({
      primaryColor: colorProblem(values.primaryColor),
      secondaryColor: colorProblem(values.secondaryColor),
      accentColor: colorProblem(values.accentColor),
    }),
    paths: {
      'branding.primaryColor': 'primaryColor',
      'branding.secondaryColor': 'secondaryColor',
      'branding.accentColor': 'accentColor',
      'branding.fontFamily': 'fontFamily',
    },
    onSubmit: async (values) => {
      setSaved(null);
      const updated = await save({
        branding: {
          primaryColor: textOrNull(values.primaryColor)?.toLowerCase() ?? null,
          secondaryColor: textOrNull(values.secondaryColor)?.toLowerCase() ?? null,
          accentColor: textOrNull(values.accentColor)?.toLowerCase() ?? null,
          fontFamily: textOrNull(values.fontFamily),
        },
      });
      if (updated) form.reset(valuesOf(updated));
      setSaved('Branding saved. The console now uses it for everyone in the organization.');
    },
  });

  return (
    <Panel
      title="Colours and font"
      description="Buttons, links and highlights take the accent colour (or the primary colour when no accent is set); the brand mark shows the primary and secondary colours."
    >
      <div className={styles.brandingLayout}>
        <form className="form" noValidate onSubmit={form.handleSubmit}>
          <fieldset className={styles.settingsFieldset} disabled={!canEdit}>
            <legend className="visually-hidden">Colours and font</legend>
            {COLORS.map(({ name, label }) => (
              <ColorField
                key={name}
                label={label}
                name={name}
                value={form.values[name]}
                defaultColor={DEFAULT_COLORS[name]}
                error={form.errors[name]}
                onChange={(value) => form.setValue(name, value)}
              />
            ))}
            <SelectField
              label="Font family"
              name="fontFamily"
              hint="Where a member’s device lacks the font, a similar one is used."
              options={FONT_OPTIONS}
              value={form.values.fontFamily}
              error={form.errors.fontFamily}
              onChange={(event) => form.setValue('fontFamily', event.target.value)}
            />
          </fieldset>
          <FormError error={form.failure?.error} details={form.failure?.details} />
          {canEdit ? <SaveActions submitting={form.submitting} label="Save branding" saved={saved} /> : null}
        </form>
        <BrandingPreview
          organizationName={organization.name}
          branding={{
            primaryColor: form.values.primaryColor,
            secondaryColor: form.values.secondaryColor,
            accentColor: form.values.accentColor,
            fontFamily: form.values.fontFamily || null,
          }}
        />
      </div>
    </Panel>
  );
}
