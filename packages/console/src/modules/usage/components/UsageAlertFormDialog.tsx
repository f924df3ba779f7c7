import { METER_IDS, isMeterId } from '@orgplane/schema';
import { useId } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FieldError } from '../../../ui/Field.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { SettingCheckbox } from '../../organizations/components/SettingCheckbox.tsx';
import type { AlertPeriod, UsageAlertItem } from '../hooks/useUsageAlerts.ts';
import { useCreateUsageAlert, useUpdateUsageAlert } from '../hooks/useUsageAlertMutations.ts';
import {
  ALL_USAGE,
  countsMoney,
  currentValueOf,
  formatAlertAmount,
  formatThreshold,
  kindOptions,
  parseThreshold,
  resolvedThreshold,
  thresholdFieldOf,
  thresholdInput,
  thresholdProblem,
  watchedLabel,
} from '../utils/alerts.ts';
import { formatShare, meterInfo } from '../utils/usage.ts';
import styles from './usage.module.css';

type Field = 'meter' | 'kind' | 'threshold' | 'notifyByEmail' | 'notifyByWebhook' | 'throttle';

/** The API's input paths for the fields of this form. */
const PATHS: Readonly<Record<string, Field>> = {
  'input.meter': 'meter',
  'input.kind': 'kind',
  'input.threshold': 'threshold',
  'input.notifyByEmail': 'notifyByEmail',
  'input.notifyByWebhook': 'notifyByWebhook',
  'input.throttle': 'throttle',
};

const METER_OPTIONS = [
  { value: ALL_USAGE, label: 'All usage (credits of every meter)' },
  ...METER_IDS.map((meter) => ({ value: meter, label: meterInfo(meter).label })),
];

interface UsageAlertFormDialogProps {
  /** The alert being edited; none to add one. */
  readonly alert?: UsageAlertItem;
  /** The period's usage, to show the threshold beside it. */
  readonly period: AlertPeriod;
  readonly onClose: () => void;
  /** After the change, with a sentence saying what happened. */
  readonly onSaved: (message: string) => void;
}

/** The form's meter as the API takes it: a meter id, or null for all usage. */
function meterOf(value: string): string | null {
  return isMeterId(value) ? value : null;
}

/**
 * What the form's values set the alert to watch and count. A kind the meter does not offer (a
 * quantity of all usage, after switching to it) reads as credits.
 */
function targetOf(values: { readonly meter: string; readonly kind: string }, includedCredits: number) {
  const meter = meterOf(values.meter);
  const kind = kindOptions(meter, includedCredits).find((option) => option.value === values.kind)?.value ?? 'CREDITS';
  return { meter, kind };
}

/**
 * Adds or edits a usage alert: what it watches (a meter or all usage), what the threshold counts
 * (the meter's units, credits, or a percentage of the included credits), the threshold beside
 * what was used so far, and whether crossing it emails, goes to webhooks and throttles.
 */
export function UsageAlertFormDialog({ alert, period, onClose, onSaved }: UsageAlertFormDialogProps) {
  const kindGroup = useId();
  const kindDescriptionId = useId();
  const kindErrorId = useId();
  const [create] = useCreateUsageAlert();
  const [update] = useUpdateUsageAlert();
  const form = useForm<Field>({
    initialValues: {
      meter: alert?.meter ?? ALL_USAGE,
      kind: alert?.kind ?? 'PERCENT_OF_INCLUDED_CREDITS',
      threshold: alert ? thresholdInput(alert) : '',
      notifyByEmail: alert && !alert.notifyByEmail ? '' : 'yes',
      notifyByWebhook: alert && !alert.notifyByWebhook ? '' : 'yes',
      throttle: alert?.throttle ? 'yes' : '',
    },
    validate: (values) => ({
      threshold: thresholdProblem(values.threshold, targetOf(values, period.includedCredits)),
    }),
    paths: PATHS,
    onSubmit: async (values) => {
      const target = targetOf(values, period.includedCredits);
      const settings = {
        ...target,
        threshold: parseThreshold(values.threshold, target) ?? 0,
        notifyByEmail: Boolean(values.notifyByEmail),
        notifyByWebhook: Boolean(values.notifyByWebhook),
        throttle: Boolean(values.throttle),
      };
      if (alert) {
        const { data } = await update({ variables: { input: { alertId: alert.id, ...settings } } });
        const saved = data?.updateUsageAlert?.alert;
        if (!saved) return;
        const released = alert.crossed && !saved.crossed ? ' It is no longer crossed.' : '';
        onSaved(`The alert on ${watchedLabel(saved.meter)} at ${formatThreshold(saved)} is saved.${released}`);
      } else {
        const { data } = await create({ variables: { input: settings } });
        const created = data?.createUsageAlert?.alert;
        if (!created) return;
        onSaved(`The alert on ${watchedLabel(created.meter)} at ${formatThreshold(created)} is added.`);
      }
      onClose();
    },
  });

  const target = targetOf(form.values, period.includedCredits);
  const { meter, kind } = target;
  const kinds = kindOptions(meter, period.includedCredits);
  const field = thresholdFieldOf(target, period.includedCredits);
  const current = currentValueOf(target, period);
  const typed = thresholdProblem(form.values.threshold, target) ? null : parseThreshold(form.values.threshold, target);
  const resolved = typed === null ? null : resolvedThreshold(target, typed, period.includedCredits);
  const alreadyCrossed = resolved !== null && current >= resolved;
  const throttle = Boolean(form.values.throttle);

  const hint = [
    field.hint,
    kind === 'PERCENT_OF_INCLUDED_CREDITS' && typed !== null && resolved !== null
      ? `${typed}% is ${formatAlertAmount(target, resolved)}.`
      : null,
    kind === 'PERCENT_OF_INCLUDED_CREDITS'
      ? `So far this period: ${formatAlertAmount(target, current)} (${formatShare(current, period.includedCredits)}).`
      : `So far this period: ${formatAlertAmount(target, current)}.`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <Dialog
      title={alert ? 'Edit usage alert' : 'Add usage alert'}
      description={
        alert
          ? 'A new meter, measure or threshold starts the alert over: it can fire again this billing period.'
          : 'Checked each time usage is recorded, against the current billing period.'
      }
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <SelectField
          label="Usage to watch"
          name="meter"
          options={METER_OPTIONS}
          value={form.values.meter}
          error={form.errors.meter}
          data-autofocus
          onChange={(event) => form.setValue('meter', event.target.value)}
        />
        <fieldset className="segmented">
          <legend className="field__label">Threshold in</legend>
          <div className="segmented__options">
            {kinds.map((option) => (
              <label key={option.value} className="segmented__option">
                <input
                  className="segmented__input"
                  type="radio"
                  name={kindGroup}
                  value={option.value}
                  checked={kind === option.value}
                  aria-invalid={form.errors.kind && kind === option.value ? true : undefined}
                  aria-describedby={form.errors.kind ? `${kindDescriptionId} ${kindErrorId}` : kindDescriptionId}
                  onChange={() => form.setValue('kind', option.value)}
                />
                <span className="segmented__label">{option.label}</span>
              </label>
            ))}
          </div>
          <span id={kindDescriptionId} className={`field__hint ${styles.kindDescription}`}>
            {kinds.find((option) => option.value === kind)?.description}
          </span>
          {form.errors.kind ? <FieldError id={kindErrorId}>{form.errors.kind}</FieldError> : null}
        </fieldset>
        <TextField
          label="Threshold"
          hint={hint}
          autoComplete="off"
          inputMode={countsMoney(target) ? 'decimal' : 'numeric'}
          trailing={
            <span className={styles.thresholdUnit} aria-hidden="true">
              {field.unit}
            </span>
          }
          {...form.field('threshold')}
        />
        <SettingCheckbox
          label="Email owners, admins and the billing contact"
          name="notifyByEmail"
          checked={Boolean(form.values.notifyByEmail)}
          onChange={(checked) => form.setValue('notifyByEmail', checked ? 'yes' : '')}
          description="Once per billing period, when usage crosses the threshold."
          error={form.errors.notifyByEmail}
        />
        <SettingCheckbox
          label="Send to webhooks"
          name="notifyByWebhook"
          checked={Boolean(form.values.notifyByWebhook)}
          onChange={(checked) => form.setValue('notifyByWebhook', checked ? 'yes' : '')}
          description="The usage.alert.triggered event, to the webhook endpoints that subscribe to it (Settings → Webhooks)."
          error={form.errors.notifyByWebhook}
        />
        <SettingCheckbox
          label="Throttle: refuse further usage once crossed"
          name="throttle"
          checked={throttle}
          onChange={(checked) => form.setValue('throttle', checked ? 'yes' : '')}
          description="A hard cap for the rest of the billing period."
          error={form.errors.throttle}
        />
        {throttle ? (
          <Notice tone="warning" title="Throttling refuses usage">
            <p>
              Once it is crossed, every <code>recordUsage</code> call that records{' '}
              {form.values.meter === ALL_USAGE ? 'any meter' : 'this meter'} is refused with{' '}
              <code>USAGE_THROTTLED</code> until the next billing period or until you raise the threshold. Make sure
              your services handle the refusal.
            </p>
            {alreadyCrossed ? (
              <p>
                <strong>Usage this period is already past this threshold:</strong> recording is refused from the next
                call.
              </p>
            ) : null}
          </Notice>
        ) : alreadyCrossed ? (
          <Notice tone="info">Usage this period is already past this threshold: the alert fires as you save it.</Notice>
        ) : null}
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel={alert ? 'Saving…' : 'Adding…'} onCancel={onClose}>
          {alert ? 'Save alert' : 'Add alert'}
        </FormActions>
      </form>
    </Dialog>
  );
}
