import { useState } from 'react';
import { InvitationsSection } from '../modules/invitations/components/InvitationsSection.tsx';
import { InviteMembersCard } from '../modules/invitations/components/InviteMembersCard.tsx';
import { MembersSection } from '../modules/members/components/MembersSection.tsx';
import { TransferOwnershipSection } from '../modules/members/components/TransferOwnershipSection.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Notice } from '../ui/Notice.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';

/** `/settings/members`: members, invitations, inviting and ownership, for the roles that may see them. */
export function MembersPage() {
  const { ready, can, role, organization, error, retry } = useAbilities();
  const [newOwner, setNewOwner] = useState<string | null>(null);

  let content;
  if (!ready) {
    content = error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else if (!can('members.read')) {
    content = (
      <NotAvailable
        title="Member management is not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('members.read')} can see the members of an organization and invite people. Ask one of them if
        you need access.
      </NotAvailable>
    );
  } else {
    content = (
      <div className="stack">
        {newOwner ? (
          <Notice tone="success" title="Ownership transferred" live>
            <p>{newOwner} is now the owner of this organization. You are an admin.</p>
          </Notice>
        ) : null}
        <MembersSection />
        {can('invitations.read') ? <InvitationsSection /> : null}
        {can('invitations.create') ? <InviteMembersCard /> : null}
        {can('organization.transferOwnership') ? <TransferOwnershipSection onTransferred={setNewOwner} /> : null}
      </div>
    );
  }

  return (
    <>
      <title>Members · Orgplane</title>
      <div className="page-header">
        <h1>Members</h1>
        <p className="page-header__lead">
          {organization ? `Who belongs to ${organization.name}, ` : 'Who belongs to this organization, '}
          with which user type, and who has been invited.
        </p>
      </div>
      {content}
    </>
  );
}
