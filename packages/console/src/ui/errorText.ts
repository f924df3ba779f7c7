import { errorMessage } from '@orgplane/schema';
import { errorCodeOf, retryAfterOf } from './errorCode.ts';

/** "45 seconds", "3 minutes", "2 hours": a wait, rounded up to a unit a person thinks in. */
function formatWait(seconds: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (seconds < 60) return plural(Math.ceil(seconds), 'second');
  if (seconds < 3600) return plural(Math.ceil(seconds / 60), 'minute');
  return plural(Math.ceil(seconds / 3600), 'hour');
}

/** The message to show for an error: the shared table's text for its code, with the wait when rate limited. */
export function errorText(error: unknown): string {
  const code = errorCodeOf(error);
  const message = errorMessage(code);
  const wait = code === 'RATE_LIMITED' ? retryAfterOf(error) : null;
  return wait ? `${message} You can try again in ${formatWait(wait)}.` : message;
}
