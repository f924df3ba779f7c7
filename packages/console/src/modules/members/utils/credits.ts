/** The API's credit limit meaning "no limit". */
export const UNLIMITED_CREDITS = -1;

const NUMBER = new Intl.NumberFormat();

/** "1,200" credits, or "Unlimited" for -1. */
export function formatCreditLimit(limit: number): string {
  return limit === UNLIMITED_CREDITS ? 'Unlimited' : NUMBER.format(limit);
}

/** "350 / 1,000" or "350 / Unlimited": used credits against the limit. */
export function formatCreditUsage(used: number, limit: number): string {
  return `${NUMBER.format(used)} / ${formatCreditLimit(limit)}`;
}

/** Why `value` is not a credit limit (a whole number, 0 or more), or undefined. Empty is allowed when `optional`. */
export function creditLimitProblem(value: string, optional = false): string | undefined {
  const text = value.trim();
  if (!text) return optional ? undefined : 'Enter a number of credits, or choose unlimited.';
  if (!/^\d+$/u.test(text) || !Number.isSafeInteger(Number(text))) {
    return 'Enter a whole number of credits, such as 500.';
  }
  return undefined;
}
