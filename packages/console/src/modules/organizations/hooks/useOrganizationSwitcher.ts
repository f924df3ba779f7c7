import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useSession, useTenant } from '../../auth/hooks/useSession.ts';
import { ViewerOrganizationsQuery } from '../graphql/viewerOrganizations.ts';

/**
 * The signed-in person's organizations and this tab's current one. A tab without an organization
 * (or with one it can no longer open) starts on the person's default organization.
 */
export function useOrganizationSwitcher() {
  const signedIn = useSession().status === 'signedIn';
  const { tenantId, switchTenant } = useTenant();
  const { data, loading, error } = useQuery(ViewerOrganizationsQuery, { skip: !signedIn });
  const memberships = useMemo(() => data?.viewer?.organizations.edges.map((edge) => edge.node) ?? [], [data]);

  useEffect(() => {
    if (!memberships.length) return;
    if (tenantId && memberships.some((membership) => membership.organization.id === tenantId)) return;
    const fallback = memberships.find((membership) => membership.isDefault) ?? memberships[0];
    if (fallback) switchTenant(fallback.organization.id);
  }, [memberships, tenantId, switchTenant]);

  return { memberships, tenantId, switchTenant, loading: loading && !data, error };
}
