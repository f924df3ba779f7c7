import { CURRENCY, METERS, isMeterId } from '@orgplane/schema';
import type { MeterId } from '@orgplane/schema';
import type { UsageBucket } from '@orgplane/schema/generated/graphql';

const INTEGER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const MONEY = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: CURRENCY,
  currencyDisplay: 'narrowSymbol',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const COMPACT_MONEY = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: CURRENCY,
  currencyDisplay: 'narrowSymbol',
  notation: 'compact',
  maximumFractionDigits: 1,
});
/** Day buckets are UTC days: labelled as such, whatever the reader's time zone. */
const BUCKET_DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const BUCKET_DAY_LONG = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const BUCKET_HOUR = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const BUCKET_HOUR_LONG = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const CLOCK = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** The unit meters of money are recorded in (the currency's minor unit). */
const CENT = 'cent';

/** "20,000": a whole number, grouped as the reader's locale does. */
export function formatCount(value: number): string {
  return INTEGER.format(value);
}

/** "1 credit", "1,250 credits". */
export function formatCredits(credits: number): string {
  return `${formatCount(credits)} ${credits === 1 ? 'credit' : 'credits'}`;
}

/** "$12.34" for an amount in cents. */
function formatCents(cents: number): string {
  return MONEY.format(cents / 100);
}

/** Whether a meter's unit is money (recorded in cents), which the console shows and takes in dollars. */
export function isMoneyUnit(unit: string): boolean {
  return unit === CENT;
}

/** "4.2%" of `whole`; "0%" when there is no whole. */
export function formatShare(part: number, whole: number): string {
  return PERCENT.format(whole > 0 ? part / whole : 0);
}

/**
 * A meter's quantity in its unit: "1 run", "12,000 tokens", and money ("$12.34") for a meter
 * recorded in cents.
 */
export function formatQuantity(quantity: number, unit: string): string {
  if (unit === CENT) return formatCents(quantity);
  return `${formatCount(quantity)} ${quantity === 1 ? unit : `${unit}s`}`;
}

/** A quantity as an axis tick: "1.2K", or "$12" for money. */
export function formatAxisQuantity(quantity: number, unit: string): string {
  return unit === CENT ? COMPACT_MONEY.format(quantity / 100) : COMPACT.format(quantity);
}

/** A meter's name and unit from the shared catalogue; the id itself for a meter the catalogue no longer has. */
export function meterInfo(meter: string): { readonly label: string; readonly unit: string } {
  return isMeterId(meter) ? METERS[meter] : { label: meter, unit: 'unit' };
}

/** A meter's name inside a sentence: "workflow runs", but "RAG tokens" (an acronym keeps its capitals). */
export function meterInSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

/** The meters AI costs are about: retrieval tokens and third-party tool spend. */
export const AI_METERS = { tokens: 'ragTokens', tools: 'toolSpend' } as const satisfies Record<string, MeterId>;

/** The two ranges the charts offer, as the toggle names them. */
export const CHART_RANGES = {
  DAY: { label: 'Last 30 days', detail: 'per day (UTC)', span: 'the last 30 days' },
  HOUR: { label: 'Last 24 hours', detail: 'per hour', span: 'the last 24 hours' },
} as const satisfies Record<UsageBucket, { label: string; detail: string; span: string }>;

/** A bucket's start as an axis tick: "3 Jan" for a (UTC) day, "14:00" for an hour. */
export function formatBucket(start: string, bucket: UsageBucket): string {
  return (bucket === 'DAY' ? BUCKET_DAY : BUCKET_HOUR).format(new Date(start));
}

/** A bucket's start in full, for a tooltip or a sentence: "3 Jan 2026", "3 Jan 2026, 14:00". */
export function formatBucketLong(start: string, bucket: UsageBucket): string {
  return (bucket === 'DAY' ? BUCKET_DAY_LONG : BUCKET_HOUR_LONG).format(new Date(start));
}

/** "14:03:21": when the figures on screen were last fetched. */
export function formatClock(time: Date): string {
  return CLOCK.format(time);
}
