import { Link } from 'react-router';
import type { Role } from '@orgplane/schema/generated/graphql';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';

interface MembersNotAvailableProps {
  /** The signed-in person's role in the organization the tab has open. */
  readonly role: Role | null;
  readonly organizationName: string | null;
}

/** What someone whose role may not manage members sees instead of the member list. */
export function MembersNotAvailable({ role, organizationName }: MembersNotAvailableProps) {
  return (
    <div className="unavailable" role="status">
      <h2 className="unavailable__title">Member management is not available to your role</h2>
      <p>
        {role ? (
          <>
            You are {role === 'ADMIN' || role === 'OWNER' ? 'an' : 'a'} <strong>{roleLabel(role)}</strong>
            {organizationName ? <> in {organizationName}</> : null}.{' '}
          </>
        ) : null}
        Only owners and admins can see the members of an organization and invite people. Ask an owner or admin if you
        need access.
      </p>
      <p>
        <Link to="/roles">Compare what each role may do</Link>
      </p>
    </div>
  );
}
