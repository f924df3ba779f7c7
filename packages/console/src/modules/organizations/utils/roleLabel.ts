import { ASSIGNABLE_ROLE_IDS, ROLES } from '@orgplane/schema';
import type { AssignableRoleId, RoleId } from '@orgplane/schema';
import type { Role } from '@orgplane/schema/generated/graphql';

const LABELS = new Map<string, string>(ROLES.map((role) => [role.id.toUpperCase(), role.label]));

const WIRE_ROLES = {
  owner: 'OWNER',
  admin: 'ADMIN',
  manager: 'MANAGER',
  member: 'MEMBER',
  viewer: 'VIEWER',
} as const satisfies Record<RoleId, Role>;

/** A role the API lets invitations and role changes assign, as it spells them (`ADMIN`). */
export type AssignableRole = (typeof WIRE_ROLES)[AssignableRoleId];

/** "Owner" for `OWNER`: the catalog's label for a role as the API spells it. */
export function roleLabel(role: Role): string {
  return LABELS.get(role) ?? role;
}

/** The API's spelling (`ADMIN`) of a catalog role id (`admin`). */
export function toWireRole<R extends RoleId>(role: R): (typeof WIRE_ROLES)[R] {
  return WIRE_ROLES[role];
}

const CATALOG_ROLES = {
  OWNER: 'owner',
  ADMIN: 'admin',
  MANAGER: 'manager',
  MEMBER: 'member',
  VIEWER: 'viewer',
} as const satisfies Record<Role, RoleId>;

/** The catalog role id (`admin`) of a role as the API spells it (`ADMIN`). */
export function toCatalogRole(role: Role): RoleId {
  return CATALOG_ROLES[role];
}

/** The four roles an invitation or a role change may give, with their labels and descriptions, in catalog order. */
export const ASSIGNABLE_ROLES: readonly { value: AssignableRole; label: string; description: string }[] =
  ASSIGNABLE_ROLE_IDS.map((id) => {
    const role = ROLES.find((candidate) => candidate.id === id);
    return { value: toWireRole(id), label: role?.label ?? id, description: role?.description ?? '' };
  });
