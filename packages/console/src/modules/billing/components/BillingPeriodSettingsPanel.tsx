import type { BillingPeriodSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { formatDay } from '../../../ui/formatDate.ts';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { FormErrors, FormValues } from '../../../ui/useForm.ts';
import { SaveActions } from '../../organizations/components/SaveActions.tsx';
import { useUpdateBillingPeriodSettings } from '../hooks/useUpdateBillingPeriodSettings.ts';
import { ANCHOR_DAYS, fromDateInput, ordinalDay, toDateInput } from '../utils/invoices.ts';
import { FiscalCalendarEditor } from './FiscalCalendarEditor.tsx';
import { PeriodSpan } from './PeriodSpan.tsx';
import styles from './billing.module.css';

type Field = 'anchorDay' | 'fiscalCalendar';

/** The calendar travels in the form as its days joined by spaces ("2027-03-31 2027-04-28"). */
const splitDays = (value: string): string[] => (value ? value.split(' ') : []);

const ANCHOR_OPTIONS = ANCHOR_DAYS.map((day) => ({ value: String(day), label: ordinalDay(day) }));

interface BillingPeriodSettingsPanelProps {
  readonly settings: BillingPeriodSettingsFieldsFragment;
  /** The current (open) period. */
  readonly period: { readonly start: string; readonly end: string };
  /** The owner's controls; otherwise the settings are shown read-only. */
  readonly manage: boolean;
}

function valuesOf(settings: BillingPeriodSettingsFieldsFragment): FormValues<Field> {
  return { anchorDay: String(settings.anchorDay), fiscalCalendar: settings.fiscalCalendar.map(toDateInput).join(' ') };
}

/** What is wrong with the calendar's days before sending: a blank one, or one not after the one before. */
function calendarProblem(days: readonly string[], periodEnd: string): string | undefined {
  const blank = days.findIndex((day) => !day);
  if (blank >= 0) return `Enter the day period ${blank + 1} ends, or remove it.`;
  let previous = toDateInput(periodEnd);
  for (const [index, day] of days.entries()) {
    if (day <= previous) {
      return index === 0
        ? `Period 1 must end after the current period, which ends on ${formatDay(periodEnd)}.`
        : `Period ${index + 1} must end after period ${index}.`;
    }
    previous = day;
  }
  return undefined;
}

/**
 * The current period, and for the owner the day of the month periods end on and an optional
 * fiscal calendar, saved together; they apply from the next period. Field errors from the API
 * show next to the field they name. Other roles that read billing see the same, read-only.
 */
export function BillingPeriodSettingsPanel({ settings, period, manage }: BillingPeriodSettingsPanelProps) {
  const [update] = useUpdateBillingPeriodSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const initial = valuesOf(settings);
  const form = useForm<Field>({
    initialValues: initial,
    validate: (values): FormErrors<Field> => ({
      fiscalCalendar: calendarProblem(splitDays(values.fiscalCalendar), period.end),
    }),
    paths: { 'input.anchorDay': 'anchorDay', 'input.fiscalCalendar': 'fiscalCalendar' },
    onSubmit: async (values) => {
      setSaved(null);
      const anchorChanged = values.anchorDay !== initial.anchorDay;
      const calendarChanged = values.fiscalCalendar !== initial.fiscalCalendar;
      if (!anchorChanged && !calendarChanged) {
        setSaved('Nothing to save: the settings are as they were.');
        return;
      }
      const { data } = await update({
        variables: {
          input: {
            ...(anchorChanged ? { anchorDay: Number(values.anchorDay) } : {}),
            ...(calendarChanged
              ? { fiscalCalendar: splitDays(values.fiscalCalendar).map((day) => fromDateInput(day, period.end)) }
              : {}),
          },
        },
      });
      const next = data?.updateBillingPeriodSettings?.settings;
      if (next) form.reset(valuesOf(next));
      const first = next?.upcoming[0];
      setSaved(
        `Saved. Changes apply from the next period: the current one still ends on ${formatDay(period.end)}` +
          (first ? `, and the next runs until ${formatDay(first.endsAt)}.` : '.'),
      );
    },
  });
  const days = splitDays(form.values.fiscalCalendar);
  const anchorDay = Number(form.values.anchorDay);

  return (
    <Panel
      title="Period settings"
      description="Where billing periods end. Changes apply from the next period: the current one keeps its end."
    >
      <dl className={`facts ${styles.invoiceFacts}`}>
        <div>
          <dt>Current period</dt>
          <dd>
            <PeriodSpan from={period.start} to={period.end} />
          </dd>
        </div>
      </dl>
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        {manage ? (
          <SelectField
            label="Periods end on"
            name="anchorDay"
            className={styles.anchorField}
            hint={
              <>
                The day of the month each period ends on.
                {anchorDay >= 29
                  ? ` In months shorter than ${anchorDay} days, periods end on the month’s last day.`
                  : ' Days 29 to 31 fall on the month’s last day in shorter months.'}
              </>
            }
            options={ANCHOR_OPTIONS.map((option) => ({ ...option, label: `The ${option.label} of the month` }))}
            value={form.values.anchorDay}
            error={form.errors.anchorDay}
            onChange={(event) => form.setValue('anchorDay', event.target.value)}
          />
        ) : (
          <dl className={`facts ${styles.invoiceFacts}`}>
            <div>
              <dt>Periods end on</dt>
              <dd>
                The {ordinalDay(settings.anchorDay)} of the month
                {settings.anchorDay >= 29 ? ' (the last day in shorter months)' : ''}
              </dd>
            </div>
          </dl>
        )}
        <FiscalCalendarEditor
          days={days}
          onChange={(next) => form.setValue('fiscalCalendar', next.join(' '))}
          periodEnd={period.end}
          error={form.errors.fiscalCalendar}
          readOnly={!manage}
        />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        {manage ? <SaveActions submitting={form.submitting} label="Save period settings" saved={saved} /> : null}
      </form>
    </Panel>
  );
}
