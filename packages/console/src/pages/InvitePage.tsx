import { Link, useSearchParams } from 'react-router';
import { InvitationAcceptance } from '../modules/invitations/components/InvitationAcceptance.tsx';
import { AuthCard } from '../ui/AuthCard.tsx';
import { Notice } from '../ui/Notice.tsx';

/** `/invite?token=…`: the page an invitation email links to. Public. */
export function InvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <>
      <title>Invitation · Orgplane</title>
      {token ? (
        <InvitationAcceptance key={token} token={token} />
      ) : (
        <AuthCard title="Invitation">
          <Notice tone="warning" title="This link is incomplete">
            <p>
              Open the link from the invitation email exactly as it is, or <Link to="/">go to the console</Link>.
            </p>
          </Notice>
        </AuthCard>
      )}
    </>
  );
}
