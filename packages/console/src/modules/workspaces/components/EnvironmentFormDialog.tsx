import { EXECUTION_SETTINGS } from '@orgplane/schema';
import { useId } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { SelectField, optionFor } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { FormErrors } from '../../../ui/useForm.ts';
import type { EnvironmentItem } from '../hooks/useEnvironmentList.ts';
import {
  HOST_OPTIONS,
  TIERS,
  fromWireHost,
  settingProblem,
  settingText,
  settingsInput,
  toWireHost,
} from '../utils/environments.ts';
import { nameProblem, slugProblem, suggestSlug } from '../../../ui/names.ts';
import { useCreateEnvironment, useUpdateEnvironment } from '../hooks/useEnvironmentMutations.ts';
import styles from './workspaces.module.css';
import { FormActions } from '../../../ui/FormActions.tsx';

type Field = 'name' | 'slug' | 'tier' | 'host' | 'port' | 'region' | 'service' | 'cluster';

/** API input paths that name a field of this form under another name. */
const PATHS: Readonly<Record<string, Field>> = {
  deploymentHost: 'host',
  'executionSettings.port': 'port',
  'executionSettings.region': 'region',
  'executionSettings.service': 'service',
  'executionSettings.cluster': 'cluster',
};

interface EnvironmentFormDialogProps {
  readonly workspaceId: string;
  /** The environment being edited; none to create one. */
  readonly environment?: EnvironmentItem;
  readonly onClose: () => void;
  /** After the change, with a sentence saying what happened. */
  readonly onSaved: (message: string) => void;
}

/**
 * Creates or edits an environment: name (and, new, an optional slug), tier, deployment host and
 * the execution settings that host takes, checked with the same rules the API applies.
 */
export function EnvironmentFormDialog({ workspaceId, environment, onClose, onSaved }: EnvironmentFormDialogProps) {
  const tierGroup = useId();
  const [create] = useCreateEnvironment();
  const [update] = useUpdateEnvironment();
  const settings = environment?.executionSettings ?? {};
  const form = useForm<Field>({
    initialValues: {
      name: environment?.name ?? '',
      slug: '',
      tier: environment?.tier ?? 'DEV',
      host: environment ? fromWireHost(environment.deploymentHost) : 'localhost',
      port: settingText(settings, 'port'),
      region: settingText(settings, 'region'),
      service: settingText(settings, 'service'),
      cluster: settingText(settings, 'cluster'),
    },
    validate: (values) => {
      const errors: FormErrors<Field> = {
        name: nameProblem(values.name, 'environment'),
        slug: environment ? undefined : slugProblem(values.slug, { optional: true }),
        host: optionFor(HOST_OPTIONS, values.host) ? undefined : 'Choose where the environment runs.',
      };
      for (const rule of EXECUTION_SETTINGS[optionFor(HOST_OPTIONS, values.host) ?? 'localhost']) {
        errors[rule.key] = settingProblem(rule, values[rule.key]);
      }
      return errors;
    },
    paths: PATHS,
    onSubmit: async (values) => {
      const host = optionFor(HOST_OPTIONS, values.host) ?? 'localhost';
      const tier = optionFor(TIERS, values.tier) ?? 'DEV';
      const name = values.name.trim();
      const common = {
        name,
        tier,
        deploymentHost: toWireHost(host),
        executionSettings: settingsInput(host, values),
      };
      if (environment) {
        await update({ variables: { input: { environmentId: environment.id, ...common } } });
        onSaved(`The environment “${name}” is saved.`);
      } else {
        const slug = values.slug.trim().toLowerCase();
        await create({ variables: { input: { workspaceId, ...common, ...(slug ? { slug } : {}) } } });
        onSaved(`The environment “${name}” is created.`);
      }
      onClose();
    },
  });
  const host = optionFor(HOST_OPTIONS, form.values.host) ?? 'localhost';
  const suggested = suggestSlug(form.values.name);

  return (
    <Dialog
      title={environment ? `Edit ${environment.name}` : 'New environment'}
      description={
        environment ? (
          <>
            Its slug, <code>{environment.slug}</code>, stays.
          </>
        ) : (
          'A deployment target in this workspace: its tier, where it runs and how.'
        )
      }
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField label="Name" autoComplete="off" maxLength={200} data-autofocus {...form.field('name')} />
        {environment ? null : (
          <TextField
            label="Slug (optional)"
            hint={
              suggested
                ? `Unique in the workspace. Leave empty to use one made from the name: ${suggested}.`
                : 'Unique in the workspace. Leave empty to make one from the name.'
            }
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={48}
            {...form.field('slug')}
          />
        )}
        <fieldset className="segmented">
          <legend className="field__label">Tier</legend>
          <div className="segmented__options">
            {TIERS.map((tier) => (
              <label key={tier.value} className="segmented__option">
                <input
                  className="segmented__input"
                  type="radio"
                  name={tierGroup}
                  value={tier.value}
                  checked={form.values.tier === tier.value}
                  onChange={() => form.setValue('tier', tier.value)}
                />
                <span className="segmented__label">{tier.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField
          label="Deployment host"
          name="host"
          options={HOST_OPTIONS}
          value={form.values.host}
          error={form.errors.host}
          onChange={(event) => form.setValue('host', event.target.value)}
        />
        <fieldset className={styles.environmentFormSettings}>
          <legend className="field__label">Execution settings</legend>
          {EXECUTION_SETTINGS[host].map((rule) => (
            <TextField
              key={`${host}-${rule.key}`}
              label={rule.optional ? `${rule.label} (optional)` : rule.label}
              hint={`Such as ${rule.example}.`}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              inputMode={rule.key === 'port' ? 'numeric' : undefined}
              {...form.field(rule.key)}
            />
          ))}
        </fieldset>
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions
          submitting={form.submitting}
          pendingLabel={environment ? 'Saving…' : 'Creating…'}
          onCancel={onClose}
        >
          {environment ? 'Save environment' : 'Create environment'}
        </FormActions>
      </form>
    </Dialog>
  );
}
