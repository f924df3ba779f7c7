import { ApolloLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { from as fromPromise, map, mergeMap, tap, throwError } from 'rxjs';
import { errorCodeOf, isRequestLevelError } from '../../../ui/errorCode.ts';
import { renewAfterRejection } from './session.ts';
import { sessionStore } from './sessionStore.ts';

declare module '@apollo/client' {
  interface DefaultContext {
    /** Send without the session's credentials: the public steps of signing in and recovering access. */
    anonymous?: boolean;
    /** The access token this attempt carried, if any (set by the link). */
    sentAccessToken?: string | null;
    /** The `x-tenant-id` this attempt carried, if any (set by the link). */
    sentTenantId?: string | null;
    /** Whether this operation was already retried after a refresh (set by the link). */
    retriedAfterRefresh?: boolean;
    /** Whether this operation was already retried without a tenant (set by the link). */
    retriedWithoutTenant?: boolean;
    /** Send without `x-tenant-id` (set by the link when the organization asks for two-step verification first). */
    omitTenant?: boolean;
  }
}

const AUTHORIZATION = 'authorization';
const TENANT = 'x-tenant-id';

/**
 * Puts the session's credentials on every request: `Authorization` and the tab's `x-tenant-id`.
 * A request the organization let through clears an earlier `MFA_REQUIRED` refusal.
 */
const credentialsLink = new ApolloLink((operation, forward) => {
  const context = operation.getContext();
  const headers: Record<string, string> = { ...(context.headers as Record<string, string> | undefined) };
  delete headers[AUTHORIZATION];
  delete headers[TENANT];
  const accessToken = context.anonymous ? null : sessionStore.accessToken();
  const tenantId = accessToken && !context.omitTenant ? sessionStore.getTenantId() : null;
  if (accessToken) headers[AUTHORIZATION] = `Bearer ${accessToken}`;
  if (tenantId) headers[TENANT] = tenantId;
  operation.setContext({ headers, sentAccessToken: accessToken, sentTenantId: tenantId });
  return forward(operation).pipe(
    tap((result) => {
      if (tenantId && !result.errors?.some((item) => !item.path)) sessionStore.tenantAccessible(tenantId);
    }),
  );
});

/**
 * Recovers from the ways the API refuses a whole request because of the session:
 * UNAUTHENTICATED (the access token expired or its session ended) refreshes once and retries;
 * TENANT_NOT_FOUND for this tab's organization (membership gone) drops the organization, so the
 * switcher falls back to the default one, and retries without it; MFA_REQUIRED (the organization
 * requires two-step verification the person has not set up) remembers it, so the console can
 * say so, and retries without the organization, so what belongs to the person alone (their
 * organizations, their account, setting up two-step verification) keeps working. What needs the
 * organization still fails with MFA_REQUIRED.
 */
const recoveryLink = new ErrorLink(({ error, result, operation, forward }) => {
  const context = operation.getContext();
  const code = errorCodeOf(error);
  if (code === 'UNAUTHENTICATED' && context.sentAccessToken && !context.retriedAfterRefresh) {
    operation.setContext({ retriedAfterRefresh: true });
    const rejected = context.sentAccessToken;
    return fromPromise(renewAfterRejection(rejected).catch(() => false)).pipe(
      mergeMap((renewed) => (renewed ? forward(operation) : throwError(() => error))),
    );
  }
  if (
    code === 'TENANT_NOT_FOUND' &&
    context.sentTenantId &&
    !context.retriedWithoutTenant &&
    isRequestLevelError(error)
  ) {
    operation.setContext({ retriedWithoutTenant: true });
    sessionStore.loseTenant(context.sentTenantId);
    return forward(operation);
  }
  if (code === 'MFA_REQUIRED' && context.sentTenantId && !context.retriedWithoutTenant && isRequestLevelError(error)) {
    operation.setContext({ retriedWithoutTenant: true, omitTenant: true });
    sessionStore.requireMfa(context.sentTenantId);
    return forward(operation).pipe(
      map((retried) => {
        if (!retried.errors?.length) return retried;
        if (result) return result;
        throw error;
      }),
    );
  }
  return undefined;
});

/** The session's part of the link chain; put it in front of the HTTP link. */
export const authLink = ApolloLink.from([recoveryLink, credentialsLink]);
