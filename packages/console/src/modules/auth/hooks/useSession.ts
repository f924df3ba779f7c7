import { useApolloClient } from '@apollo/client/react';
import { useCallback, useSyncExternalStore } from 'react';
import { sessionStore } from '../utils/sessionStore.ts';
import type { SessionState } from '../utils/sessionStore.ts';

/** This tab's session: restoring, signed in, or signed out (and why). */
export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSession);
}

/** The organization the API stopped letting this tab into, until dismissed (see `sessionStore.loseTenant`). */
export function useLostTenant() {
  const lostTenantId = useSyncExternalStore(sessionStore.subscribe, sessionStore.getLostTenantId);
  const dismiss = useCallback(() => sessionStore.dismissLostTenant(), []);
  return { lostTenantId, dismiss };
}

/** The organization that refuses this tab until the person sets up two-step verification (`MFA_REQUIRED`), if any. */
export function useMfaRequiredTenant(): string | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getMfaRequiredTenantId);
}

/**
 * This tab's organization (sent as `x-tenant-id`) and a way to switch it. Switching drops the
 * cached data of the previous organization and refetches what is on screen.
 */
export function useTenant() {
  const client = useApolloClient();
  const tenantId = useSyncExternalStore(sessionStore.subscribe, sessionStore.getTenantId);
  const switchTenant = useCallback(
    (next: string) => {
      if (next === sessionStore.getTenantId()) return;
      sessionStore.setTenantId(next);
      // Queries still in flight for the previous organization reject here; their refetch follows.
      client.resetStore().catch(() => undefined);
    },
    [client],
  );
  return { tenantId, switchTenant };
}
