import type { BillingCycle, PlanFieldsFragment, SubscriptionStatus } from '@orgplane/schema/generated/graphql';

/** One billing cycle a plan offers, with its price. */
export type PlanCycle = PlanFieldsFragment['cycles'][number];

/** A plan's limits; null is unlimited. */
type Entitlements = PlanFieldsFragment['entitlements'];

const INTEGER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** "$49" or "$12.50": an amount in cents in its currency, without cents when they are zero. */
function formatMoney({ amount, currency }: { readonly amount: number; readonly currency: string }): string {
  const whole = amount % 100 === 0;
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currencyDisplay: 'narrowSymbol',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount / 100);
}

/** "20,000": a whole number, grouped as the reader's locale does. */
export function formatCount(value: number): string {
  return INTEGER.format(value);
}

const CYCLE_LABELS = { MONTHLY: 'Monthly', ANNUAL: 'Annual', CUSTOM: 'Custom' } as const satisfies Record<
  BillingCycle,
  string
>;

/** "Monthly", "Annual", "Custom". */
export function cycleLabel(cycle: BillingCycle): string {
  return CYCLE_LABELS[cycle];
}

/** "month", "year", "3 months": how long one period of `months` lasts. */
function periodNoun(months: number): string {
  if (months === 1) return 'month';
  if (months === 12) return 'year';
  return `${months} months`;
}

/** "$49 per month", "$490 per year", "$3,000 per 3 months", "Free". */
export function formatPrice(offer: PlanCycle): string {
  if (offer.basePrice.amount === 0) return 'Free';
  return `${formatMoney(offer.basePrice)} per ${periodNoun(offer.months)}`;
}

/** A plan's offer for `cycle`, if it has one. */
export function offerFor(plan: PlanFieldsFragment, cycle: BillingCycle): PlanCycle | undefined {
  return plan.cycles.find((offer) => offer.cycle === cycle);
}

/** The three limits a plan sets, in the order the page lists them, with what each counts. */
export const LIMITS = [
  { key: 'maxActiveMembers', label: 'Members', noun: 'members' },
  { key: 'maxWorkspaces', label: 'Workspaces', noun: 'workspaces' },
  { key: 'maxApiKeys', label: 'API keys', noun: 'API keys' },
] as const satisfies readonly { key: keyof Entitlements; label: string; noun: string }[];

/** "25" or "Unlimited". */
export function formatLimit(limit: number | null): string {
  return limit === null ? 'Unlimited' : formatCount(limit);
}

const STATUSES = {
  TRIAL: { label: 'Trial', tone: 'accent' },
  ACTIVE: { label: 'Active', tone: 'success' },
  SUSPENDED: { label: 'Suspended', tone: 'warning' },
  CANCELLED: { label: 'Cancelled', tone: 'neutral' },
  EXPIRED: { label: 'Expired', tone: 'warning' },
} as const satisfies Record<SubscriptionStatus, { label: string; tone: string }>;

/** How a status reads on its badge, and the badge's tone. */
export function statusBadge(status: SubscriptionStatus): { readonly label: string; readonly tone: string } {
  return STATUSES[status];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `now` until `iso`, rounded up; 0 once it has passed. */
export function daysUntil(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.ceil((new Date(iso).getTime() - now) / DAY_MS));
}

/** "today", "tomorrow", "in 9 days". */
export function inDays(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/**
 * When a period of `months` calendar months starting at `start` ends, as the API computes it
 * (PostgreSQL's `+ interval`: the 31 January plus a month is the 28 or 29 February).
 */
export function addMonths(start: Date, months: number): Date {
  const end = new Date(start);
  const day = end.getDate();
  end.setDate(1);
  end.setMonth(end.getMonth() + months);
  const lastDay = new Date(end.getFullYear(), end.getMonth() + 1, 0).getDate();
  end.setDate(Math.min(day, lastDay));
  return end;
}
