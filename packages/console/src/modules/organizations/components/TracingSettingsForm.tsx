import { TRACE_RETENTION_DAYS } from '@orgplane/schema';
import type { OrganizationSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { optionFor } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { FormValues } from '../../../ui/useForm.ts';
import { useUpdateSettings } from '../hooks/useUpdateSettings.ts';
import { TRACE_MODE_OPTIONS } from '../utils/options.ts';
import { SaveActions } from './SaveActions.tsx';
import styles from './organizations.module.css';
import { ChoiceList } from '../../../ui/ChoiceList.tsx';

type Field = 'mode' | 'sampleRate' | 'retentionDays';

interface TracingSettingsFormProps {
  readonly organization: OrganizationSettingsFieldsFragment;
  /** Whether the person may change settings; otherwise the fields are shown disabled. */
  readonly canEdit: boolean;
}

const { min: MIN_DAYS, max: MAX_DAYS } = TRACE_RETENTION_DAYS;

function valuesOf({ tracing }: OrganizationSettingsFieldsFragment): FormValues<Field> {
  return {
    mode: tracing.mode,
    sampleRate: tracing.sampleRate.toFixed(2),
    retentionDays: String(tracing.retentionDays),
  };
}

function sampleRateProblem(value: string): string | undefined {
  const text = value.trim();
  const rate = Number(text);
  if (!text || !/^\d*(\.\d{0,2})?$/.test(text) || !(rate >= 0 && rate <= 1)) {
    return 'Enter a share from 0.00 to 1.00, in hundredths (0.25 traces one request in four).';
  }
  return undefined;
}

function retentionProblem(value: string): string | undefined {
  const text = value.trim();
  const days = Number(text);
  if (!/^\d+$/.test(text) || days < MIN_DAYS || days > MAX_DAYS) {
    return `Enter a whole number of days from ${MIN_DAYS} to ${MAX_DAYS}.`;
  }
  return undefined;
}

/** Which requests are traced, the share traced when sampling, and how long traces are kept. */
export function TracingSettingsForm({ organization, canEdit }: TracingSettingsFormProps) {
  const save = useUpdateSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Field>({
    initialValues: valuesOf(organization),
    validate: (values) => ({
      sampleRate: sampleRateProblem(values.sampleRate),
      retentionDays: retentionProblem(values.retentionDays),
    }),
    paths: { 'tracing.mode': 'mode', 'tracing.sampleRate': 'sampleRate', 'tracing.retentionDays': 'retentionDays' },
    onSubmit: async (values) => {
      setSaved(null);
      const updated = await save({
        tracing: {
          mode: optionFor(TRACE_MODE_OPTIONS, values.mode) ?? 'NONE',
          sampleRate: Math.round(Number(values.sampleRate) * 100) / 100,
          retentionDays: Number(values.retentionDays),
        },
      });
      if (updated) form.reset(valuesOf(updated));
      setSaved('Tracing settings saved.');
    },
  });
  const sampled = form.values.mode === 'SAMPLED';

  return (
    <Panel
      title="Request tracing"
      description="Traces record how requests to the organization’s API went, step by step."
    >
      <form className="form form--inline" noValidate onSubmit={form.handleSubmit}>
        <fieldset className={styles.settingsFieldset} disabled={!canEdit}>
          <legend className="visually-hidden">Request tracing</legend>
          <ChoiceList
            legend="Mode"
            options={TRACE_MODE_OPTIONS}
            value={form.values.mode}
            onChange={(value) => form.setValue('mode', value)}
          />
          <TextField
            label="Sample rate"
            type="number"
            inputMode="decimal"
            min={0}
            max={1}
            step={0.01}
            hint={`The share of requests traced, 0.00 to 1.00. ${
              sampled ? 'Used now: the mode is Sampled.' : 'Only used in Sampled mode; kept for when you switch to it.'
            }`}
            {...form.field('sampleRate')}
          />
          <TextField
            label="Retention (days)"
            type="number"
            inputMode="numeric"
            min={MIN_DAYS}
            max={MAX_DAYS}
            step={1}
            hint={`How long traces are kept: ${MIN_DAYS} to ${MAX_DAYS} days.`}
            {...form.field('retentionDays')}
          />
        </fieldset>
        <FormError error={form.failure?.error} details={form.failure?.details} />
        {canEdit ? <SaveActions submitting={form.submitting} label="Save tracing settings" saved={saved} /> : null}
      </form>
    </Panel>
  );
}
