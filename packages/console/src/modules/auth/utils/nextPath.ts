const AUTH_PAGES = ['/sign-in', '/sign-up'];

/**
 * The `next` query parameter, if it is a path inside the console (never another origin, and
 * never a sign-in page again); otherwise `fallback`.
 */
export function safeNextPath(value: string | null, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  const url = new URL(value, window.location.origin);
  if (url.origin !== window.location.origin || AUTH_PAGES.includes(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/sign-in?next=<path>` for coming back to `path` after signing in. */
export function signInPathFor(path: string): string {
  return `/sign-in?${new URLSearchParams({ next: path }).toString()}`;
}

/** Whether `next` leads back to an invitation, so sign-in and sign-up can say so. */
export function isInvitationPath(next: string): boolean {
  return next.startsWith('/invite?');
}
