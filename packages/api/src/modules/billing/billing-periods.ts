import {
  cycleOffer,
  METER_IDS,
  OVERAGE_PRICE_PER,
  planOf,
  type BillingCycle,
  type MeterId,
  type PlanId,
} from '@orgplane/schema';

/**
 * Where billing periods end, and what an invoice charges: pure functions, so the rules can be
 * tested on their own against hand-computed fixtures. All dates are UTC.
 */

/** What decides where a period starting at a given instant ends. */
export interface PeriodRule {
  /** The day of the month periods end on; in shorter months, the month's last day. */
  readonly anchorDay: number;
  /** How many months a whole period lasts (the cycle's). */
  readonly months: number;
  /** The custom fiscal calendar's first boundary after the start, when one is set. */
  readonly calendarBoundary: Date | null;
}

/** Where a period ends, and where a whole one would have (they differ for a stub period). */
export interface PeriodEnd {
  readonly endsAt: Date;
  readonly nominalEndsAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The instant in month `month` (counted from January of `year`, may run past 11) on `day`, clamped to the month's length. */
function onDay(year: number, month: number, day: number, timeOfDay: number): Date {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return new Date(Date.UTC(y, m, Math.min(day, daysInMonth(y, m))) + timeOfDay);
}

/**
 * Where a period starting at `start` ends. With a fiscal calendar, at its next boundary. Else on
 * the anchor day, at the start's time of day: `months` months on when the start is itself on the
 * anchor (Jan 31 → Feb 28 → Mar 31 for day 31: the day is never lost to a short month), or at the
 * first anchor day after it when it is not (a stub period after the anchor changed), whose base
 * price is prorated against a whole period.
 */
export function nextPeriodEnd(start: Date, rule: PeriodRule): PeriodEnd {
  if (rule.calendarBoundary) return { endsAt: rule.calendarBoundary, nominalEndsAt: rule.calendarBoundary };
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const timeOfDay = start.getTime() - Date.UTC(year, month, start.getUTCDate());
  const here = onDay(year, month, rule.anchorDay, timeOfDay);
  if (here.getTime() === start.getTime()) {
    const end = onDay(year, month + rule.months, rule.anchorDay, timeOfDay);
    return { endsAt: end, nominalEndsAt: end };
  }
  const endsAt = here > start ? here : onDay(year, month + 1, rule.anchorDay, timeOfDay);
  return { endsAt, nominalEndsAt: onDay(year, month + rule.months, start.getUTCDate(), timeOfDay) };
}

/** The first few periods from `start` under `rule`, with the calendar's boundaries after it. */
export function upcomingPeriods(
  start: Date,
  rule: Omit<PeriodRule, 'calendarBoundary'>,
  calendar: readonly Date[],
  count: number,
): Array<{ startsAt: Date; endsAt: Date }> {
  const periods: Array<{ startsAt: Date; endsAt: Date }> = [];
  let from = start;
  for (let index = 0; index < count; index += 1) {
    const boundary = calendar.find((date) => date > from) ?? null;
    const { endsAt } = nextPeriodEnd(from, { ...rule, calendarBoundary: boundary });
    periods.push({ startsAt: from, endsAt });
    from = endsAt;
  }
  return periods;
}

/** Custom fiscal calendars: at most this many boundaries, each period between 1 and 400 days. */
export const CALENDAR_MAX_BOUNDARIES = 60;
const CALENDAR_MIN_PERIOD_DAYS = 1;
const CALENDAR_MAX_PERIOD_DAYS = 400;

/**
 * What is wrong with a fiscal calendar that would apply from `nextStart` (the end of the current
 * period): boundaries must be in order, without repeats, after `nextStart`, and each period
 * (from `nextStart` to the first boundary, then between boundaries) 1 to 400 days long.
 */
export function calendarProblems(boundaries: readonly Date[], nextStart: Date): string[] {
  if (boundaries.length > CALENDAR_MAX_BOUNDARIES) return [`must hold at most ${CALENDAR_MAX_BOUNDARIES} boundaries`];
  const problems: string[] = [];
  let previous = nextStart;
  for (const [index, boundary] of boundaries.entries()) {
    const days = (boundary.getTime() - previous.getTime()) / DAY_MS;
    const from = index === 0 ? 'the end of the current period' : 'the boundary before it';
    if (days < CALENDAR_MIN_PERIOD_DAYS) {
      problems.push(`boundary ${index + 1} must be at least ${CALENDAR_MIN_PERIOD_DAYS} day after ${from}`);
    } else if (days > CALENDAR_MAX_PERIOD_DAYS) {
      problems.push(`boundary ${index + 1} must be at most ${CALENDAR_MAX_PERIOD_DAYS} days after ${from}`);
    }
    previous = boundary;
  }
  return problems;
}

/** One meter's usage billed in a period. */
export interface MeterUsage {
  readonly meter: MeterId;
  readonly quantity: number;
  readonly credits: number;
  /** The part recorded after its own period had closed. */
  readonly lateQuantity: number;
  readonly lateCredits: number;
}

/** What a closed period is billed as. */
export interface BilledPeriod {
  readonly kind: 'trial' | 'paid';
  readonly plan: PlanId;
  readonly billingCycle: BillingCycle;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly nominalEndsAt: Date;
}

interface InvoiceLineAmounts extends MeterUsage {
  readonly line: number;
  readonly includedCredits: number;
  readonly billableCredits: number;
  /** Cents per 1,000 billable credits. */
  readonly unitPrice: number;
  readonly amount: number;
}

export interface InvoiceAmounts {
  readonly basePrice: number;
  readonly proratedBase: number;
  readonly includedCredits: number;
  readonly usedCredits: number;
  readonly usageAmount: number;
  readonly total: number;
  readonly lines: readonly InvoiceLineAmounts[];
}

/** `value × numerator / denominator` rounded half up, exactly (in big integers: the product can pass 2^53). */
function scaled(value: number, numerator: number, denominator: number): number {
  const [v, n, d] = [BigInt(value), BigInt(numerator), BigInt(denominator)];
  return Number((2n * v * n + d) / (2n * d));
}

/**
 * An invoice's arithmetic, all in cents and whole credits. The base price is the cycle's, in
 * proportion to the period's length when it ended before a whole period would have (a plan change
 * or a stub), rounded half up; nothing for a trial. The plan's included credits go to the meters
 * in catalogue order; each meter's credits beyond them cost the plan's overage price per 1,000,
 * rounded half up per line (nothing in a trial). One line per meter, in catalogue order.
 */
export function invoiceAmounts(period: BilledPeriod, usage: readonly MeterUsage[]): InvoiceAmounts {
  const plan = planOf(period.plan);
  const trial = period.kind === 'trial';
  const basePrice = trial ? 0 : (cycleOffer(period.plan, period.billingCycle)?.basePrice ?? 0);
  const length = period.endsAt.getTime() - period.startsAt.getTime();
  const whole = period.nominalEndsAt.getTime() - period.startsAt.getTime();
  const proratedBase = length >= whole ? basePrice : scaled(basePrice, length, whole);
  const unitPrice = trial ? 0 : plan.overagePrice;
  let remaining = plan.includedCredits;
  const lines = METER_IDS.map((meter, index): InvoiceLineAmounts => {
    const used = usage.find((row) => row.meter === meter);
    const credits = used?.credits ?? 0;
    const includedCredits = Math.min(credits, remaining);
    remaining -= includedCredits;
    const billableCredits = credits - includedCredits;
    return {
      line: index + 1,
      meter,
      quantity: used?.quantity ?? 0,
      credits,
      lateQuantity: used?.lateQuantity ?? 0,
      lateCredits: used?.lateCredits ?? 0,
      includedCredits,
      billableCredits,
      unitPrice,
      amount: scaled(billableCredits, unitPrice, OVERAGE_PRICE_PER),
    };
  });
  const usageAmount = lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    basePrice,
    proratedBase,
    includedCredits: plan.includedCredits,
    usedCredits: lines.reduce((sum, line) => sum + line.credits, 0),
    usageAmount,
    total: proratedBase + usageAmount,
    lines,
  };
}
