import { useBrandingProperties } from '../hooks/useBrandingProperties.ts';
import { useOrganizationShell } from '../hooks/useOrganizationShell.ts';
import { brandingProperties } from '../utils/branding.ts';

/**
 * Re-colours the console for this tab's organization: its accent on buttons, links and the
 * active navigation link, its colours on the brand mark, its font. Renders nothing; signing out,
 * or switching to an organization without branding, brings the console's own look back.
 */
export function OrganizationBranding() {
  const { organization } = useOrganizationShell();
  useBrandingProperties(brandingProperties(organization?.branding));
  return null;
}
