import { Link, useSearchParams } from 'react-router';
import { EmailVerificationResult } from '../modules/auth/components/EmailVerificationResult.tsx';
import { AuthCard } from '../ui/AuthCard.tsx';
import { Notice } from '../ui/Notice.tsx';

/** Confirms an email address from the emailed link (`?token=`). */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <>
      <title>Confirm your email address · Orgplane</title>
      <AuthCard title="Confirm your email address">
        {token ? (
          <EmailVerificationResult token={token} />
        ) : (
          <Notice tone="warning" title="This link is incomplete">
            <p>
              Open the link from the email exactly as it is, or send yourself a new one from your{' '}
              <Link to="/account">account</Link>.
            </p>
          </Notice>
        )}
      </AuthCard>
    </>
  );
}
