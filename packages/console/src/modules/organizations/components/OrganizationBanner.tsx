import { useState } from 'react';
import { errorText } from '../../../ui/errorText.ts';
import { useOrganizationShell } from '../hooks/useOrganizationShell.ts';
import { BannerMessage } from './BannerMessage.tsx';
import { useDismissBanner } from '../hooks/useOrganizationMutations.ts';
import styles from './organizations.module.css';

/**
 * The banner this tab's organization shows every member, across every page, with Dismiss when
 * the organization allows it. Dismissal is remembered per person by the API, until the banner is
 * edited.
 */
export function OrganizationBanner() {
  const { organization } = useOrganizationShell();
  const [dismiss, { loading }] = useDismissBanner();
  const [failure, setFailure] = useState<unknown>(null);
  const banner = organization?.banner;
  if (!organization || !banner?.message || banner.dismissedByViewer) return null;

  const hide = () => {
    if (loading) return;
    setFailure(null);
    dismiss().catch((error: unknown) => setFailure(error));
  };

  return (
    <div role="region" aria-label={`Announcement from ${organization.name}`}>
      <BannerMessage
        message={banner.message}
        variant={banner.variant}
        action={
          banner.dismissible ? (
            <>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-disabled={loading || undefined}
                onClick={hide}
              >
                {loading ? 'Dismissing…' : 'Dismiss'}
              </button>
              {failure ? (
                <p className={styles.orgBannerError} role="alert">
                  {errorText(failure)}
                </p>
              ) : null}
            </>
          ) : null
        }
      />
    </div>
  );
}
