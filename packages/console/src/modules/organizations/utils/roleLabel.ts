import { ROLES } from '@orgplane/schema';
import type { Role } from '@orgplane/schema/generated/graphql';

const LABELS = new Map<string, string>(ROLES.map((role) => [role.id.toUpperCase(), role.label]));

/** "Owner" for `OWNER`: the catalog's label for a role as the API spells it. */
export function roleLabel(role: Role): string {
  return LABELS.get(role) ?? role;
}
