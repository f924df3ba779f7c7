/** How far ahead a key may expire, in days (the API allows up to a year). */
const MAX_EXPIRY_DAYS = 365;

/** `YYYY-MM-DD` of a date in the reader's time zone, as a date input reads and writes it. */
export function dateInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last millisecond of a `YYYY-MM-DD` day in the reader's time zone; null for anything else. */
export function endOfDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 23, 59, 59, 999);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** The end of the latest day a key may expire on, from `now`. */
export function latestExpiry(now: Date = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + MAX_EXPIRY_DAYS, 23, 59, 59, 999);
}

/** What is wrong with an expiry date typed in a date input, or undefined (empty means never). */
export function expiryProblem(value: string, now: Date = new Date()): string | undefined {
  if (!value) return undefined;
  const end = endOfDay(value);
  if (!end) return 'Enter a date, or leave it empty for a key that does not expire.';
  if (end.getTime() <= now.getTime()) return 'Choose today or a later day.';
  if (end.getTime() > latestExpiry(now).getTime()) return `Choose a day within ${MAX_EXPIRY_DAYS} days from today.`;
  return undefined;
}
