import { Link, useSearchParams } from 'react-router';
import { ResetPasswordForm } from '../modules/auth/components/ResetPasswordForm.tsx';
import { AuthCard } from '../ui/AuthCard.tsx';
import { Notice } from '../ui/Notice.tsx';

/** Chooses a new password from the emailed link (`?token=`). */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <>
      <title>Choose a new password · Orgplane</title>
      <AuthCard
        title="Choose a new password"
        lead={token ? 'Setting a new password signs you out everywhere.' : undefined}
      >
        {token ? (
          <ResetPasswordForm token={token} />
        ) : (
          <Notice tone="warning" title="This link is incomplete">
            <p>
              Open the link from the email exactly as it is, or <Link to="/forgot-password">request a new one</Link>.
            </p>
          </Notice>
        )}
      </AuthCard>
    </>
  );
}
