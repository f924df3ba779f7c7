import { Link } from 'react-router';
import { EmailVerificationBanner } from '../modules/auth/components/EmailVerificationBanner.tsx';
import { UserMenu } from '../modules/auth/components/UserMenu.tsx';
import { useSession } from '../modules/auth/hooks/useSession.ts';
import { useMailboxAvailability } from '../modules/mailbox/hooks/useMailboxAvailability.ts';
import { LostOrganizationNotice } from '../modules/organizations/components/LostOrganizationNotice.tsx';
import { MfaRequiredNotice } from '../modules/organizations/components/MfaRequiredNotice.tsx';
import { OrganizationBanner } from '../modules/organizations/components/OrganizationBanner.tsx';
import { OrganizationBranding } from '../modules/organizations/components/OrganizationBranding.tsx';
import { OrganizationSwitcher } from '../modules/organizations/components/OrganizationSwitcher.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { SETTINGS_SECTIONS } from '../modules/organizations/utils/settingsSections.ts';
import { Layout } from '../ui/Layout.tsx';
import type { NavigationItem } from '../ui/Layout.tsx';
import styles from './AppShell.module.css';

/**
 * The console's frame: navigation for who is signed in, the organization switcher and the user
 * menu; across the top, the organization's banner and notices; and the organization's branding.
 */
export function AppShell() {
  const { status } = useSession();
  const mailbox = useMailboxAvailability();
  const { can } = useAbilities();
  const signedIn = status === 'signedIn';
  const navigation: NavigationItem[] = [
    { to: '/roles', label: 'Roles' },
    ...(signedIn && can('workspaces.read') ? [{ to: '/workspaces', label: 'Workspaces' }] : []),
    ...(signedIn && can('members.read') ? [{ to: '/settings/members', label: 'Members' }] : []),
    ...(signedIn && can('apiKeys.read') ? [{ to: '/settings/api-keys', label: 'API keys' }] : []),
    ...(signedIn && can('billing.read') ? [{ to: '/settings/billing', label: 'Billing' }] : []),
    ...(signedIn && can('usage.read')
      ? [
          {
            to: '/usage',
            label: 'Usage',
            alsoCurrentOn: [
              ...(can('usage.readCosts') ? ['/settings/ai/costs'] : []),
              ...(can('usage.manageAlerts') ? ['/usage/alerts'] : []),
            ],
          },
        ]
      : []),
    ...(signedIn && can('organization.read')
      ? [
          {
            to: '/settings/general',
            label: 'Settings',
            alsoCurrentOn: [
              ...SETTINGS_SECTIONS.map(({ id }) => `/settings/${id}`),
              '/settings/webhooks',
              '/settings/webhooks/*',
            ],
          },
        ]
      : []),
    ...(signedIn ? [{ to: '/account', label: 'Account' }] : []),
    ...(mailbox ? [{ to: '/mailbox', label: 'Mailbox' }] : []),
  ];
  let actions = null;
  if (signedIn) {
    actions = (
      <>
        <OrganizationSwitcher />
        <UserMenu />
      </>
    );
  } else if (status === 'signedOut') {
    actions = (
      <nav className={styles.authLinks} aria-label="Account">
        <Link to="/sign-in" className="button button--secondary button--small">
          Sign in
        </Link>
        <Link to="/sign-up" className="button button--small">
          Sign up
        </Link>
      </nav>
    );
  }
  const banner = signedIn ? (
    <>
      <OrganizationBranding />
      <LostOrganizationNotice />
      <MfaRequiredNotice />
      <EmailVerificationBanner />
      <OrganizationBanner />
    </>
  ) : null;
  return <Layout navigation={navigation} actions={actions} banner={banner} />;
}
