/**
 * How often the Usage page asks for its figures again by itself. The API pushes a wake-up when
 * usage is recorded (`useUsagePush`), so this is the fallback for when no WebSocket gets through;
 * only while the tab is visible: a hidden tab skips its turns and catches up on the first one
 * after it is shown again.
 */
const USAGE_POLL_MS = 30_000;

/** `useQuery` options for a figure that follows usage as it is recorded. */
export const LIVE_POLLING = {
  pollInterval: USAGE_POLL_MS,
  skipPollAttempt: () => document.visibilityState === 'hidden',
} as const;
