import type { Role } from '@orgplane/schema/generated/graphql';
import { Notice } from '../../../ui/Notice.tsx';
import { roleLabel } from '../utils/roleLabel.ts';

interface ReadOnlyNoticeProps {
  readonly role: Role | null;
}

/** Why the settings on the page are shown but cannot be changed. */
export function ReadOnlyNotice({ role }: ReadOnlyNoticeProps) {
  return (
    <Notice title="You can view these settings, not change them">
      <p>
        {role ? `As ${role === 'ADMIN' || role === 'OWNER' ? 'an' : 'a'} ${roleLabel(role)}, you` : 'You'} can see the
        organization’s settings. Only owners and admins can change them.
      </p>
    </Notice>
  );
}
