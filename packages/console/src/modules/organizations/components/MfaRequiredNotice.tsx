import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { useMfaRequiredTenant, useTenant } from '../../auth/hooks/useSession.ts';
import { useOrganizationSwitcher } from '../hooks/useOrganizationSwitcher.ts';
import styles from './organizations.module.css';

/**
 * Across the top while this tab's organization refuses the person because it requires two-factor
 * authentication they have not set up (`MFA_REQUIRED`): says so and points to the Account page.
 * Once they have set it up, asks again for everything on screen.
 */
export function MfaRequiredNotice() {
  const client = useApolloClient();
  const { tenantId } = useTenant();
  const blockedTenant = useMfaRequiredTenant();
  const { memberships } = useOrganizationSwitcher();
  const { user } = useCurrentUser();
  const blocked = blockedTenant !== null && blockedTenant === tenantId;
  const mfaEnabled = user?.mfaEnabled ?? false;

  // Enrolled while refused: the organization lets them in now, so refetch what it refused.
  const wasEnabled = useRef(mfaEnabled);
  useEffect(() => {
    if (blocked && mfaEnabled && !wasEnabled.current)
      client.refetchQueries({ include: 'active' }).catch(() => undefined);
    wasEnabled.current = mfaEnabled;
  }, [blocked, mfaEnabled, client]);

  if (!blocked) return null;
  const name = memberships.find((membership) => membership.organization.id === tenantId)?.organization.name;
  return (
    <div className={`banner ${styles.bannerMfa}`} role="region" aria-label="Two-factor authentication required">
      <div className="banner__inner" role="alert">
        <p>
          <strong>{name ?? 'This organization'} requires two-factor authentication.</strong> Set it up on your{' '}
          <Link to="/account">Account page</Link> to open the organization’s pages again.
        </p>
      </div>
    </div>
  );
}
