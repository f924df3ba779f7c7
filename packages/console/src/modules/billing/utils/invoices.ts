import { METERS, isMeterId } from '@orgplane/schema';
import type { BillingPeriodKind, Meter } from '@orgplane/schema/generated/graphql';

/** The number of credits a line's unit price is the price of. */
export const CREDITS_PER_UNIT_PRICE = 1_000;

/** "INV-0003": an invoice's number as the organization's invoices are numbered, 1, 2, 3… */
export function invoiceLabel(number: number): string {
  return `INV-${String(number).padStart(4, '0')}`;
}

/** "$1,234.50": an amount in cents in its currency, always with the cents (an invoice's figures line up). */
export function formatAmount({ amount, currency }: { readonly amount: number; readonly currency: string }): string {
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currencyDisplay: 'narrowSymbol',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount / 100);
}

/** `WORKFLOW_RUNS` → `workflowRuns`: the GraphQL enum value of a meter as the catalogue names it. */
function catalogueId(meter: Meter): string {
  return meter.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** A meter's name and unit from the shared catalogue; the enum value itself for a meter it no longer has. */
export function lineMeter(meter: Meter): { readonly label: string; readonly unit: string } {
  const id = catalogueId(meter);
  return isMeterId(id) ? METERS[id] : { label: meter, unit: 'unit' };
}

const KINDS = {
  TRIAL: { label: 'Trial', tone: 'accent' },
  PAID: { label: 'Paid', tone: 'success' },
  INACTIVE: { label: 'No subscription', tone: 'neutral' },
} as const satisfies Record<BillingPeriodKind, { label: string; tone: string }>;

/** How a billing period's kind reads on its badge, and the badge's tone. */
export function periodKindBadge(kind: BillingPeriodKind): { readonly label: string; readonly tone: string } {
  return KINDS[kind];
}

/** The days of the month periods may end on, 1 to 31. */
export const ANCHOR_DAYS = Array.from({ length: 31 }, (_, index) => index + 1);

/** "1st", "22nd", "31st": a day of the month as an anchor day reads. */
export function ordinalDay(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[day % 10] ?? 'th';
  return `${day}${suffix}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2027-03-31": the UTC day of an instant, as a date input holds it. */
export function toDateInput(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/**
 * The instant a boundary typed as a day ("2027-03-31") stands for: that day at the time of day
 * (UTC) the current period ends, the time every period of the organization ends at.
 */
export function fromDateInput(day: string, periodEnd: string): string {
  return `${day}T${new Date(periodEnd).toISOString().slice(11)}`;
}

/** "14:00 UTC": the time of day periods end at. */
export function boundaryTime(periodEnd: string): string {
  return `${new Date(periodEnd).toISOString().slice(11, 16)} UTC`;
}

/** The weeks of a 4-4-5 quarter: two periods of four weeks, then one of five. */
const FOUR_FOUR_FIVE_WEEKS = [4, 4, 5] as const;

/** The three boundaries (date input days) of a 4-4-5 quarter that starts on the day `from` holds. */
export function fourFourFiveQuarter(from: string): string[] {
  let at = Date.parse(`${from}T00:00:00.000Z`);
  return FOUR_FOUR_FIVE_WEEKS.map((weeks) => {
    at += weeks * 7 * DAY_MS;
    return new Date(at).toISOString().slice(0, 10);
  });
}

/** Whole days between two instants (or days "2027-03-31"), rounded. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}
