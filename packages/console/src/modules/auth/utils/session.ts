import { print } from 'graphql';
import type { DocumentType } from '@orgplane/schema/generated';
import { RefreshSessionMutation } from '../graphql/refreshSession.ts';
import { sessionStore } from './sessionStore.ts';
import type { DeliveredTokens, SignedOutReason } from './sessionStore.ts';

/** Web Locks name: one refresh at a time across the browser's tabs, since refresh tokens rotate. */
const REFRESH_LOCK = 'orgplane-refresh';
/** Tabs tell each other about sign-in and sign-out, so every tab follows at once. */
const CHANNEL = 'orgplane-session';
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;
/** Never schedule refreshes closer together than this, whatever the clocks say. */
const MIN_REFRESH_DELAY_MS = 20_000;
/** After a failed (network) refresh, try again this much later. */
const RETRY_DELAY_MS = 15_000;

const REFRESH_QUERY = print(RefreshSessionMutation);

type RefreshResult = DocumentType<typeof RefreshSessionMutation>;
type ChannelMessage = 'signed-in' | 'signed-out';

let inFlight: Promise<boolean> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

const channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

channel?.addEventListener('message', (event: MessageEvent<ChannelMessage>) => {
  const { status } = sessionStore.getSession();
  // Another tab signed out: the shared refresh cookie is gone, so this tab's session ends too.
  if (event.data === 'signed-out' && status === 'signedIn') endSession('signedOut', { broadcast: false });
  // Another tab signed in: the cookie now holds a session this tab can use.
  if (event.data === 'signed-in' && status === 'signedOut') void refreshSession().catch(() => undefined);
});

/** The API could not say whether the session lives (network failure, server error). */
class RefreshUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The session could not be refreshed right now.', { cause });
    this.name = 'RefreshUnavailableError';
  }
}

/** The first `extensions.code` of a GraphQL response body. */
function firstCode(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return undefined;
  const first: unknown = body.errors[0];
  if (typeof first !== 'object' || first === null || !('extensions' in first)) return undefined;
  const extensions: unknown = first.extensions;
  return typeof extensions === 'object' && extensions !== null && 'code' in extensions ? extensions.code : undefined;
}

/**
 * One `refreshSession` call with the httpOnly cookie. Sent with `fetch` rather than through the
 * Apollo link chain, so it never carries the stale access token (which would fail the whole
 * request) and never loops back into the link's own refresh. Resolves to the new tokens, or
 * null when the API says there is no live session.
 */
async function requestRefresh(): Promise<DeliveredTokens | null> {
  let body: unknown;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ operationName: 'RefreshSession', query: REFRESH_QUERY, variables: {} }),
    });
    body = await response.json();
  } catch (error) {
    throw new RefreshUnavailableError(error);
  }
  const tokens = (body as { data?: RefreshResult | null }).data?.refreshSession?.tokens;
  if (tokens) return tokens;
  if (firstCode(body) === 'UNAUTHENTICATED') return null;
  throw new RefreshUnavailableError(firstCode(body));
}

/** Runs `task` holding the browser-wide refresh lock (or directly where Web Locks are missing). */
async function withRefreshLock(task: () => Promise<DeliveredTokens | null>): Promise<DeliveredTokens | null> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request(REFRESH_LOCK, task);
  }
  return task();
}

function broadcast(message: ChannelMessage): void {
  channel?.postMessage(message);
}

function scheduleRefresh(): void {
  clearTimeout(timer);
  const session = sessionStore.getSession();
  if (session.status !== 'signedIn') return;
  const delay = Math.max(MIN_REFRESH_DELAY_MS, session.expiresAt - Date.now() - REFRESH_MARGIN_MS);
  timer = setTimeout(() => {
    refreshSession().catch(() => {
      // Offline or the API is down: the token may still be good; try again shortly.
      clearTimeout(timer);
      timer = setTimeout(() => void refreshSession().catch(() => undefined), RETRY_DELAY_MS);
    });
  }, delay);
}

/** Starts using new tokens: from sign-in, sign-up, the MFA step, or a refresh. */
export function acceptTokens(tokens: DeliveredTokens, options: { announce?: boolean } = {}): void {
  sessionStore.setTokens(tokens);
  scheduleRefresh();
  if (options.announce) broadcast('signed-in');
}

/**
 * Forgets the session in this tab (the access token; the organization too when the person
 * signed out). The API side is the caller's business: `signOut`, or a session already dead.
 */
export function endSession(reason: SignedOutReason, options: { broadcast?: boolean } = {}): void {
  clearTimeout(timer);
  // The person chose to leave (or deleted the account): forget the organization, and tell the other tabs.
  const chosen = reason === 'signedOut' || reason === 'accountDeleted';
  if (chosen) {
    sessionStore.setTenantId(null);
    sessionStore.dismissLostTenant();
  }
  sessionStore.setSignedOut(reason);
  if (options.broadcast ?? chosen) broadcast('signed-out');
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers in this tab share one
 * request, and tabs take turns through a Web Lock: a refresh token works once, and presenting a
 * rotated one ends the session (except for a retry within the API's 30-second grace window, which
 * answers the same new token, so the retry RETRY_DELAY_MS after a lost answer normally keeps the
 * session). Resolves true when signed in afterwards; false when the session is gone (and this tab
 * is then signed out). Rejects when the API could not be reached, leaving the session as it was.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= withRefreshLock(requestRefresh)
    .then((tokens) => {
      if (tokens) {
        acceptTokens(tokens);
        return true;
      }
      const wasSignedIn = sessionStore.getSession().status === 'signedIn';
      endSession(wasSignedIn ? 'expired' : 'initial', { broadcast: false });
      return false;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/**
 * After the API refused `rejectedToken`: gets a new token unless another request already did.
 * Resolves true when there is a token to retry with.
 */
export async function renewAfterRejection(rejectedToken: string): Promise<boolean> {
  const current = sessionStore.accessToken();
  if (current && current !== rejectedToken) return true;
  if (inFlight) return inFlight;
  return refreshSession();
}

/** On page load: picks up the session from the refresh cookie, if there is one. */
export function restoreSession(): Promise<void> {
  if (sessionStore.getSession().status === 'signedOut') sessionStore.setRestoring();
  return refreshSession().then(
    () => undefined,
    () => {
      // The API could not be asked: say so, and let the person retry.
      if (sessionStore.getSession().status !== 'signedIn') sessionStore.setSignedOut('unavailable');
    },
  );
}

// A tab that slept past its timer refreshes as soon as it is looked at again.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    const session = sessionStore.getSession();
    if (
      document.visibilityState === 'visible' &&
      session.status === 'signedIn' &&
      session.expiresAt - Date.now() < REFRESH_MARGIN_MS
    ) {
      void refreshSession().catch(() => undefined);
    }
  });
}
