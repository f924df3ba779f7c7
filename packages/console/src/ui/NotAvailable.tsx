import { ROLES, rolesWithAbility } from '@orgplane/schema';
import type { AbilityId } from '@orgplane/schema';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface NotAvailableProps {
  /** What is not available, as a heading ("API keys are not available to your role"). */
  readonly title: string;
  /** The label of the signed-in person's role ("Viewer"), if known. */
  readonly roleLabel: string | null;
  readonly organizationName: string | null;
  /** Who may, and what to do about it. */
  readonly children: ReactNode;
}

/** What someone sees instead of a page their role may not open. */
export function NotAvailable({ title, roleLabel, organizationName, children }: NotAvailableProps) {
  return (
    <div className="unavailable" role="status">
      <h2 className="unavailable__title">{title}</h2>
      <p>
        {roleLabel ? (
          <>
            You are {/^[aeiou]/i.test(roleLabel) ? 'an' : 'a'} <strong>{roleLabel}</strong>
            {organizationName ? <> in {organizationName}</> : null}.{' '}
          </>
        ) : null}
        {children}
      </p>
      <p>
        <Link to="/roles">Compare what each role may do</Link>
      </p>
    </div>
  );
}

/** "owners and admins": the roles that hold `ability`, from the catalog, for a sentence. */
export function rolesThatMay(ability: AbilityId): string {
  const labels = rolesWithAbility(ability).map(
    (id) => `${(ROLES.find((role) => role.id === id)?.label ?? id).toLowerCase()}s`,
  );
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
