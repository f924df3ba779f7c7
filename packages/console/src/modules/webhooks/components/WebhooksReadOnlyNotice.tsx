import type { Role } from '@orgplane/schema/generated/graphql';
import { Notice } from '../../../ui/Notice.tsx';
import { rolesThatMay } from '../../../ui/NotAvailable.tsx';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';

/** Why the endpoints are shown but cannot be changed. */
export function WebhooksReadOnlyNotice({ role }: { readonly role: Role | null }) {
  const label = role ? roleLabel(role) : null;
  return (
    <Notice title="You can view webhooks, not change them">
      <p>
        {label ? `As ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}, you` : 'You'} can see the endpoints and their
        delivery logs. Only {rolesThatMay('webhooks.manage')} can add, change or delete endpoints, send test events and
        redeliver.
      </p>
    </Notice>
  );
}
