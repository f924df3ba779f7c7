import { ASSIGNABLE_ROLE_IDS, ROLES, toWireRole } from '@orgplane/schema';
import type { AssignableRoleId } from '@orgplane/schema';
import type { Role } from '@orgplane/schema/generated/graphql';

const LABELS = new Map<string, string>(ROLES.map((role) => [toWireRole(role.id), role.label]));

/** A role the API lets invitations and role changes assign, as it spells them (`ADMIN`). */
export type AssignableRole = Uppercase<AssignableRoleId>;

/** "Owner" for `OWNER`: the catalog's label for a role as the API spells it. */
export function roleLabel(role: Role): string {
  return LABELS.get(role) ?? role;
}

/** The four roles an invitation or a role change may give, with their labels and descriptions, in catalog order. */
export const ASSIGNABLE_ROLES: readonly { value: AssignableRole; label: string; description: string }[] =
  ASSIGNABLE_ROLE_IDS.map((id) => {
    const role = ROLES.find((candidate) => candidate.id === id);
    return { value: toWireRole(id), label: role?.label ?? id, description: role?.description ?? '' };
  });
