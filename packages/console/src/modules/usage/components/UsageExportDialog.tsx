import type { Meter } from '@orgplane/schema/generated/graphql';
import { METER_IDS } from '@orgplane/schema';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { useCreateUsageExport } from '../hooks/useCreateUsageExport.ts';
import { meterInfo } from '../utils/usage.ts';

type Field = 'kind' | 'format' | 'from' | 'to' | 'meter';

/** The API's input paths for the fields of this form (the range's end is the last day here). */
const PATHS: Readonly<Record<string, Field>> = {
  'input.kind': 'kind',
  'input.format': 'format',
  'input.from': 'from',
  'input.to': 'to',
  'input.meter': 'meter',
};

const ALL_METERS = 'all';
const KIND_OPTIONS = [
  { value: 'USAGE_EVENTS', label: 'Every event (raw)' },
  { value: 'USAGE_TOTALS', label: 'Totals per day and meter' },
  { value: 'USAGE_PERIOD_TOTALS', label: 'Totals per billing period and meter (periods starting in the range)' },
];
const FORMAT_OPTIONS = [
  { value: 'CSV', label: 'CSV (spreadsheets)' },
  { value: 'JSON', label: 'JSON' },
];
const METER_OPTIONS = [
  { value: ALL_METERS, label: 'Every meter' },
  ...METER_IDS.map((meter) => ({ value: meter, label: meterInfo(meter).label })),
];
const DAY_MS = 24 * 60 * 60 * 1000;

/** `workflowRuns` → `WORKFLOW_RUNS`: a catalogue meter id as the GraphQL enum names it. */
const meterEnumOf = (meter: string) => meter.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase() as Meter;

/** `2026-12-01` of an instant, in UTC. */
const dayOf = (instant: string | number) => new Date(instant).toISOString().slice(0, 10);

interface UsageExportDialogProps {
  /** The current billing period (its end exclusive): the range offered first. */
  readonly from: string;
  readonly to: string;
  readonly onClose: () => void;
  /** After the download started, with a sentence saying so. */
  readonly onStarted: (message: string) => void;
}

/**
 * Downloads the organization's usage as CSV or JSON: raw events or daily totals over whole UTC
 * days, by default the current billing period. The API answers a link that works once for a few
 * minutes; the browser follows it at once and saves the file.
 */
export function UsageExportDialog({ from, to, onClose, onStarted }: UsageExportDialogProps) {
  const [create] = useCreateUsageExport();
  const form = useForm<Field>({
    initialValues: {
      kind: 'USAGE_EVENTS',
      format: 'CSV',
      from: dayOf(from),
      to: dayOf(Date.parse(to) - 1),
      meter: ALL_METERS,
    },
    validate: (values) => ({
      from: /^\d{4}-\d{2}-\d{2}$/.test(values.from) ? undefined : 'Choose the first day.',
      to: !/^\d{4}-\d{2}-\d{2}$/.test(values.to)
        ? 'Choose the last day.'
        : values.to < values.from
          ? 'The last day cannot be before the first.'
          : undefined,
    }),
    paths: PATHS,
    onSubmit: async (values) => {
      const { data } = await create({
        variables: {
          input: {
            kind: values.kind as 'USAGE_EVENTS' | 'USAGE_TOTALS' | 'USAGE_PERIOD_TOTALS',
            format: values.format as 'CSV' | 'JSON',
            from: `${values.from}T00:00:00.000Z`,
            // The last day counts whole: the range ends where the next day starts.
            to: new Date(Date.parse(`${values.to}T00:00:00.000Z`) + DAY_MS).toISOString(),
            meter: values.meter === ALL_METERS ? null : meterEnumOf(values.meter),
          },
        },
      });
      const link = data?.createUsageExport;
      if (!link) return;
      window.location.assign(link.url);
      onStarted(`Downloading ${link.filename}. The link worked once; export again for another copy.`);
      onClose();
    },
  });

  return (
    <Dialog
      title="Export usage"
      description="Whole days in UTC. The file is built from the database as it downloads, however large."
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <SelectField
          label="What"
          name="kind"
          options={KIND_OPTIONS}
          value={form.values.kind}
          error={form.errors.kind}
          data-autofocus
          onChange={(event) => form.setValue('kind', event.target.value)}
        />
        <SelectField
          label="Meter"
          name="meter"
          options={METER_OPTIONS}
          value={form.values.meter}
          error={form.errors.meter}
          onChange={(event) => form.setValue('meter', event.target.value)}
        />
        <TextField label="First day" type="date" {...form.field('from')} />
        <TextField label="Last day" type="date" hint="At most 366 days in all." {...form.field('to')} />
        <SelectField
          label="Format"
          name="format"
          options={FORMAT_OPTIONS}
          value={form.values.format}
          error={form.errors.format}
          hint="In CSV, text that a spreadsheet would run as a formula starts with an apostrophe."
          onChange={(event) => form.setValue('format', event.target.value)}
        />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel="Preparing…" onCancel={onClose}>
          Download
        </FormActions>
      </form>
    </Dialog>
  );
}
