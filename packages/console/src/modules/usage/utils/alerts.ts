import { USAGE_ALERT_PERCENT_MAX } from '@orgplane/schema';
import type { UsageAlertKind } from '@orgplane/schema/generated/graphql';
import { formatCount, formatCredits, formatQuantity, isMoneyUnit, meterInfo, meterInSentence } from './usage.ts';

/** The form's value for an alert on all meters together (the API's null meter). */
export const ALL_USAGE = 'all';

/** What an alert watches (a meter, or null for all of them) and what its threshold counts. */
interface AlertTarget {
  readonly meter: string | null;
  readonly kind: UsageAlertKind;
}

/** The period's usage as the alerts form compares a threshold with it. */
export interface PeriodUsage {
  /** Credits of all meters together. */
  readonly credits: number;
  readonly includedCredits: number;
  readonly meters: readonly { readonly meter: string; readonly quantity: number; readonly credits: number }[];
}

/** "RAG tokens", or "All usage" for an alert on every meter. */
export function watchedLabel(meter: string | null): string {
  return meter ? meterInfo(meter).label : 'All usage';
}

/** Whether the alert counts money (tool spend, recorded in cents): shown and typed in dollars. */
export function countsMoney({ meter, kind }: AlertTarget): boolean {
  return kind === 'QUANTITY' && meter !== null && isMoneyUnit(meterInfo(meter).unit);
}

/** An amount of what an alert counts, in its unit: "100,000 tokens", "$50.00", "5,000 credits". */
export function formatAlertAmount(target: AlertTarget, amount: number): string {
  return target.kind === 'QUANTITY' && target.meter
    ? formatQuantity(amount, meterInfo(target.meter).unit)
    : formatCredits(amount);
}

/** The threshold as set, in words: "100,000 tokens", "$50.00", "5,000 credits", "80% of included credits". */
export function formatThreshold(alert: AlertTarget & { readonly threshold: number }): string {
  return alert.kind === 'PERCENT_OF_INCLUDED_CREDITS'
    ? `${formatCount(alert.threshold)}% of included credits`
    : formatAlertAmount(alert, alert.threshold);
}

/** Where the alert stands: "0 of 100,000 tokens", "$12.34 of $50.00", "1,200 of 16,000 credits". */
export function formatProgress(
  alert: AlertTarget & { readonly currentValue: number; readonly thresholdValue: number },
): string {
  const current = countsMoney(alert) ? formatAlertAmount(alert, alert.currentValue) : formatCount(alert.currentValue);
  return `${current} of ${formatAlertAmount(alert, alert.thresholdValue)}`;
}

/** How far along the threshold `current` is, from 0 to 1. */
export function progressShare(current: number, threshold: number): number {
  return threshold > 0 ? Math.min(1, current / threshold) : 1;
}

/** The kinds the form offers for `meter` (counting a quantity needs one meter): a short label and a sentence each. */
export function kindOptions(meter: string | null, includedCredits: number) {
  const watched = meter ? meterInSentence(meterInfo(meter).label) : 'all usage';
  const options: { value: UsageAlertKind; label: string; description: string }[] = [
    {
      value: 'CREDITS',
      label: 'Credits',
      description: `The credits ${watched} cost this period.`,
    },
    {
      value: 'PERCENT_OF_INCLUDED_CREDITS',
      label: '% of included credits',
      description: `The credits ${watched} cost this period, as a percentage of the ${formatCount(includedCredits)} your plan includes.`,
    },
  ];
  if (!meter) return options;
  const { unit } = meterInfo(meter);
  const money = isMoneyUnit(unit);
  return [
    {
      value: 'QUANTITY' as const,
      label: money ? 'Dollars' : `${unit.charAt(0).toUpperCase()}${unit.slice(1)}s`,
      description: money
        ? 'What third-party tools cost this period, in US dollars.'
        : `How many ${unit}s were used this period, whatever they cost in credits.`,
    },
    ...options,
  ];
}

/** The threshold field's unit (drawn inside the field) and hint, for what the alert counts. */
export function thresholdFieldOf(target: AlertTarget, includedCredits: number): { unit: string; hint: string } {
  if (target.kind === 'PERCENT_OF_INCLUDED_CREDITS') {
    return {
      unit: '%',
      hint: `From 1 to ${formatCount(USAGE_ALERT_PERCENT_MAX)} percent of the ${formatCount(includedCredits)} included credits, such as 80; above 100 watches overage.`,
    };
  }
  if (countsMoney(target)) return { unit: 'USD', hint: 'An amount in US dollars, such as 50.00.' };
  if (target.kind === 'QUANTITY' && target.meter) {
    const { unit } = meterInfo(target.meter);
    return { unit: `${unit}s`, hint: `A whole number of ${unit}s, such as 10,000.` };
  }
  return { unit: 'credits', hint: 'A whole number of credits, such as 5,000.' };
}

/** The threshold as the form shows it: dollars for money ("50.00"), else the number. */
export function thresholdInput(alert: AlertTarget & { readonly threshold: number }): string {
  return countsMoney(alert) ? (alert.threshold / 100).toFixed(2) : String(alert.threshold);
}

/**
 * The threshold typed into the form, as the API takes it (cents for money), or null when it is
 * not a number of that kind. Group separators (commas, spaces) and a leading "$" or trailing "%"
 * are allowed.
 */
export function parseThreshold(text: string, target: AlertTarget): number | null {
  const value = text.replace(/[\s,_]/gu, '');
  if (countsMoney(target)) {
    const money = /^\$?(\d+)(?:\.(\d{1,2}))?$/u.exec(value);
    if (!money) return null;
    const cents = Number(money[1]) * 100 + Number((money[2] ?? '').padEnd(2, '0'));
    return Number.isSafeInteger(cents) ? cents : null;
  }
  const percent = target.kind === 'PERCENT_OF_INCLUDED_CREDITS';
  const number = (percent ? /^(\d+)%?$/u : /^(\d+)$/u).exec(value);
  if (!number) return null;
  const parsed = Number(number[1]);
  return Number.isSafeInteger(parsed) ? parsed : null;
}

/** Why the typed threshold cannot be used, by the API's rules, or undefined. */
export function thresholdProblem(text: string, target: AlertTarget): string | undefined {
  const threshold = parseThreshold(text, target);
  const percent = target.kind === 'PERCENT_OF_INCLUDED_CREDITS';
  if (threshold === null) {
    if (percent) return `Enter a whole percentage from 1 to ${formatCount(USAGE_ALERT_PERCENT_MAX)}, such as 80.`;
    if (countsMoney(target)) return 'Enter an amount in dollars, such as 50.00.';
    const unit = target.kind === 'QUANTITY' && target.meter ? `${meterInfo(target.meter).unit}s` : 'credits';
    return `Enter a whole number of ${unit}, such as 5,000.`;
  }
  if (threshold < 1)
    return countsMoney(target) ? 'Enter an amount of at least $0.01.' : 'Enter a threshold above zero.';
  if (percent && threshold > USAGE_ALERT_PERCENT_MAX) {
    return `Enter a percentage from 1 to ${formatCount(USAGE_ALERT_PERCENT_MAX)}.`;
  }
  return undefined;
}

/** The threshold in the unit the alert counts: a percentage resolved to credits, as the API does. */
export function resolvedThreshold(target: AlertTarget, threshold: number, includedCredits: number): number {
  return target.kind === 'PERCENT_OF_INCLUDED_CREDITS'
    ? Math.max(1, Math.ceil((threshold * includedCredits) / 100))
    : threshold;
}

/** What the alert would count so far this period. */
export function currentValueOf(target: AlertTarget, usage: PeriodUsage): number {
  const meter = target.meter ? usage.meters.find((total) => total.meter === target.meter) : undefined;
  if (target.kind === 'QUANTITY') return meter?.quantity ?? 0;
  return target.meter ? (meter?.credits ?? 0) : usage.credits;
}
