import { useQuery } from '@apollo/client/react';
import type { AbilityId } from '@orgplane/schema';
import { useCallback, useMemo } from 'react';
import { useMfaRequiredTenant, useSession, useTenant } from '../../auth/hooks/useSession.ts';
import { ViewerAbilitiesQuery } from '../graphql/viewerAbilities.ts';
import { MFA_REQUIRED_ERROR } from '../utils/mfaRequired.ts';

/**
 * What the signed-in person may do in this tab's organization, from `viewer.abilities` (ids of
 * the shared catalog). `ready` is false until the answer is for the organization the tab has
 * open, so pages do not flash "not available" while it loads. Signed out, nothing is allowed.
 * While the organization refuses the person until they set up two-step verification, `error`
 * says so (`MFA_REQUIRED`).
 */
export function useAbilities() {
  const signedIn = useSession().status === 'signedIn';
  const { tenantId } = useTenant();
  const mfaRequired = useMfaRequiredTenant() === tenantId && tenantId !== null;
  const { data, error, refetch } = useQuery(ViewerAbilitiesQuery, { skip: !signedIn || !tenantId });
  const viewer = data?.viewer;
  const current = Boolean(viewer && tenantId && viewer.currentOrganization?.id === tenantId);
  const abilities = useMemo(() => new Set<string>(current ? viewer?.abilities : []), [current, viewer]);
  const can = useCallback((ability: AbilityId) => abilities.has(ability), [abilities]);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    ready: current,
    role: current ? (viewer?.role ?? null) : null,
    organization: current ? (viewer?.currentOrganization ?? null) : null,
    can,
    error: current ? undefined : mfaRequired ? MFA_REQUIRED_ERROR : error,
    retry,
  };
}
