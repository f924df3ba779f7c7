/**
 * How a role is spelled on each side, mapped in this one place: TypeScript (the catalog, the
 * database, the API's services) uses the catalog id (`owner`); the GraphQL `Role` enum spells it
 * in capitals (`OWNER`). The API registers its enum from `ROLE_ENUM`; the console converts with
 * `toWireRole` and `toRoleId`.
 */
import { ROLE_IDS, type RoleId } from './catalog.ts';
import type { Role } from './generated/graphql.ts';

/** A role as the GraphQL API spells it (`OWNER`). */
export type WireRole = Uppercase<RoleId>;

const WIRE_ROLES = {
  owner: 'OWNER',
  admin: 'ADMIN',
  manager: 'MANAGER',
  member: 'MEMBER',
  viewer: 'VIEWER',
} as const satisfies { readonly [R in RoleId]: Uppercase<R> & Role };

const ROLE_IDS_BY_WIRE_ROLE = Object.fromEntries(ROLE_IDS.map((id) => [WIRE_ROLES[id], id])) as {
  readonly [R in RoleId as Uppercase<R>]: R;
};

/** The GraphQL enum's values by name (`{ OWNER: 'owner', … }`), for the API to register. */
export const ROLE_ENUM = ROLE_IDS_BY_WIRE_ROLE;

/** The API's spelling (`ADMIN`) of a catalog role id (`admin`). */
export function toWireRole<R extends RoleId>(role: R): (typeof WIRE_ROLES)[R] {
  return WIRE_ROLES[role];
}

/** The catalog role id (`admin`) of a role as the API spells it (`ADMIN`). */
export function toRoleId(role: WireRole): RoleId {
  return ROLE_IDS_BY_WIRE_ROLE[role];
}
