/**
 * How often the Usage page asks for its figures again. The API has no push for usage yet, so the
 * page polls, and only while the tab is visible: a hidden tab skips its turns and catches up on
 * the first one after it is shown again.
 */
const USAGE_POLL_MS = 5_000;

/** `useQuery` options for a figure that follows usage as it is recorded. */
export const LIVE_POLLING = {
  pollInterval: USAGE_POLL_MS,
  skipPollAttempt: () => document.visibilityState === 'hidden',
} as const;
