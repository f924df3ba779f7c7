import { describe, expect, expectTypeOf, it } from 'vitest';
import { ROLE_IDS } from './catalog.ts';
import type { Role } from './generated/graphql.ts';
import { ROLE_ENUM, toRoleId, toWireRole, type WireRole } from './roles.ts';

describe('role spellings', () => {
  it('map every catalog role to the GraphQL enum and back', () => {
    for (const role of ROLE_IDS) {
      expect(toWireRole(role)).toBe(role.toUpperCase());
      expect(toRoleId(toWireRole(role))).toBe(role);
      expect(ROLE_ENUM[toWireRole(role)]).toBe(role);
    }
    expect(Object.keys(ROLE_ENUM)).toHaveLength(ROLE_IDS.length);
  });

  it('spell the wire role exactly as the emitted schema’s Role enum', () => {
    expectTypeOf<WireRole>().toEqualTypeOf<Role>();
  });
});
