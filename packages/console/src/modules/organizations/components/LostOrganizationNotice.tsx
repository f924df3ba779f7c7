import { useLostTenant } from '../../auth/hooks/useSession.ts';

/**
 * Across the top after the API stopped letting this tab into its organization (the membership
 * was archived, or the organization deleted): says why the tab now shows another organization.
 */
export function LostOrganizationNotice() {
  const { lostTenantId, dismiss } = useLostTenant();
  if (!lostTenantId) return null;
  return (
    <div className="banner" role="region" aria-label="Organization access">
      <div className="banner__inner" role="status">
        <p>
          <strong>You no longer have access to the organization this tab had open.</strong> Your membership may have
          been archived, or the organization deleted. This tab now shows your default organization.
        </p>
        <button type="button" className="button button--small button--secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
