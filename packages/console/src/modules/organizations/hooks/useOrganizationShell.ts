import { useQuery } from '@apollo/client/react';
import { useSession, useTenant } from '../../auth/hooks/useSession.ts';
import { OrganizationShellQuery } from '../graphql/organizationShell.ts';

/**
 * The frame's view of this tab's organization (status, branding, banner): one query, shared by
 * every component that asks, answered for the organization the tab has open (null until then).
 */
export function useOrganizationShell() {
  const signedIn = useSession().status === 'signedIn';
  const { tenantId } = useTenant();
  const { data, error, refetch } = useQuery(OrganizationShellQuery, { skip: !signedIn || !tenantId });
  const organization = signedIn && data?.organization.id === tenantId ? data.organization : null;
  return { organization, error, refetch };
}
