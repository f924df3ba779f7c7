import { DeleteAccountSection } from '../modules/account/components/DeleteAccountSection.tsx';
import { PasswordSection } from '../modules/account/components/PasswordSection.tsx';
import { ProfileSection } from '../modules/account/components/ProfileSection.tsx';
import { SessionsSection } from '../modules/account/components/SessionsSection.tsx';
import { SignOutEverywhereSection } from '../modules/account/components/SignOutEverywhereSection.tsx';
import { TwoFactorSection } from '../modules/account/components/TwoFactorSection.tsx';

/** The signed-in person's own settings: profile, password, two-factor authentication, sessions, deletion. */
export function AccountPage() {
  return (
    <>
      <title>Account · Orgplane</title>
      <div className="page-header">
        <h1>Your account</h1>
        <p className="page-header__lead">
          Your profile, how you sign in, and where you are signed in. These settings follow you into every organization.
        </p>
      </div>
      <div className="stack">
        <ProfileSection />
        <PasswordSection />
        <TwoFactorSection />
        <SessionsSection />
        <SignOutEverywhereSection />
        <DeleteAccountSection />
      </div>
    </>
  );
}
