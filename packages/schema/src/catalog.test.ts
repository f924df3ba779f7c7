import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ABILITY_IDS,
  ASSIGNABLE_ROLE_IDS,
  CATALOG_SECTIONS,
  HUMAN_ONLY_ABILITY_IDS,
  ROLE_BUNDLES,
  ROLE_IDS,
  ROLES,
  hasAbility,
  isAbilityId,
  isHumanOnly,
  rolesWithAbility,
  type AbilityId,
  type DelegableAbilityId,
  type HumanOnlyAbilityId,
  type RoleId,
} from './index.ts';

describe('the ability catalog', () => {
  it('has the eleven sections of the product, each with abilities', () => {
    expect(CATALOG_SECTIONS.map((section) => section.label)).toEqual([
      'Organization',
      'Members',
      'Invitations',
      'Workspaces',
      'Environments',
      'API keys',
      'Billing',
      'Usage',
      'Webhooks',
      'Audit',
      'Data export',
    ]);
    for (const section of CATALOG_SECTIONS) expect(section.abilities.length).toBeGreaterThan(0);
  });

  it('gives every ability a section.action id, a label and a description', () => {
    for (const id of ABILITY_IDS) expect(id).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
    for (const section of CATALOG_SECTIONS) {
      for (const ability of section.abilities) {
        expect(ability.id.startsWith(`${section.id}.`)).toBe(true);
        expect(ability.label.length).toBeGreaterThan(3);
        expect(ability.description.length).toBeGreaterThan(10);
      }
    }
    expect(new Set(ABILITY_IDS).size).toBe(ABILITY_IDS.length);
  });

  it('has the five roles in order, with labels and descriptions', () => {
    expect(ROLES.map((role) => role.id)).toEqual(['owner', 'admin', 'manager', 'member', 'viewer']);
    expect(ROLE_IDS).toEqual(ROLES.map((role) => role.id));
    expect(ASSIGNABLE_ROLE_IDS).not.toContain('owner');
  });

  it('nests the bundles: each role holds everything the role below it holds', () => {
    const ladder: RoleId[] = ['viewer', 'member', 'manager', 'admin', 'owner'];
    for (let index = 1; index < ladder.length; index++) {
      const lower = ladder[index - 1] as RoleId;
      const higher = ladder[index] as RoleId;
      for (const ability of ROLE_BUNDLES[lower]) expect(hasAbility(higher, ability), `${higher} ${ability}`).toBe(true);
    }
  });

  it('lists only known abilities in bundles, without repeats', () => {
    for (const role of ROLE_IDS) {
      for (const ability of ROLE_BUNDLES[role]) expect(isAbilityId(ability)).toBe(true);
      expect(new Set(ROLE_BUNDLES[role]).size).toBe(ROLE_BUNDLES[role].length);
    }
  });

  it('reports the holders of an ability in role order', () => {
    expect(rolesWithAbility('workspaces.delete')).toEqual(['owner', 'admin', 'manager']);
    const listed = CATALOG_SECTIONS.flatMap((section) => section.abilities).find((a) => a.id === 'members.archive');
    expect(listed?.roles).toEqual(['owner', 'admin']);
  });

  it('marks abilities that remove data or access as destructive', () => {
    const destructive = CATALOG_SECTIONS.flatMap((s) => s.abilities)
      .filter((a) => a.destructive)
      .map((a) => a.id);
    expect(destructive).toEqual(
      expect.arrayContaining([
        'organization.transferOwnership',
        'organization.delete',
        'members.archive',
        'invitations.revoke',
        'workspaces.delete',
        'environments.delete',
        'apiKeys.revoke',
      ]),
    );
    expect(destructive).not.toContain('workspaces.read');
  });

  it('marks tenant administration as human-only: API keys never hold it', () => {
    const marked = CATALOG_SECTIONS.flatMap((s) => s.abilities)
      .filter((a) => a.humanOnly)
      .map((a) => a.id);
    // Inviting, resending and revoking invitations, archiving and reactivating members, changing
    // roles, transferring ownership; and deleting the organization, which needs the owner's password.
    expect(marked).toEqual([
      'organization.transferOwnership',
      'organization.delete',
      'members.changeRole',
      'members.archive',
      'invitations.create',
      'invitations.resend',
      'invitations.revoke',
    ]);
    expect(HUMAN_ONLY_ABILITY_IDS).toEqual(marked);
    for (const id of ABILITY_IDS) expect(isHumanOnly(id), id).toBe(marked.includes(id));
    for (const ability of CATALOG_SECTIONS.flatMap((s) => s.abilities))
      expect(typeof ability.humanOnly).toBe('boolean');
  });

  it('types the human-only abilities, so a scope list cannot name one', () => {
    expectTypeOf<'members.archive'>().toExtend<HumanOnlyAbilityId>();
    expectTypeOf<'invitations.create'>().toExtend<HumanOnlyAbilityId>();
    expectTypeOf<'workspaces.read'>().not.toExtend<HumanOnlyAbilityId>();
    expectTypeOf<'workspaces.read'>().toExtend<DelegableAbilityId>();
    expectTypeOf<'members.changeRole'>().not.toExtend<DelegableAbilityId>();
    expectTypeOf<HumanOnlyAbilityId>().toExtend<AbilityId>();
  });

  it('rejects a wrong role or ability id at compile time', () => {
    expectTypeOf<'members.archive'>().toExtend<AbilityId>();
    expectTypeOf<'members.fly'>().not.toExtend<AbilityId>();
    expectTypeOf<'superuser'>().not.toExtend<RoleId>();
    // @ts-expect-error an unknown ability is a type error
    expect(() => hasAbility('owner', 'members.fly')).not.toThrow();
    // @ts-expect-error an unknown role is a type error
    expect(() => hasAbility('root', 'members.read')).toThrow();
  });
});

/** The role boundaries, role by role (the full table: docs/permissions.md). */
describe('role boundaries', () => {
  const all = (role: RoleId, abilities: AbilityId[]) => abilities.every((ability) => hasAbility(role, ability));
  const none = (role: RoleId, abilities: AbilityId[]) => abilities.every((ability) => !hasAbility(role, ability));

  it('owner: everything, including ownership transfer, billing and subscription, rename and delete', () => {
    expect(all('owner', [...ABILITY_IDS])).toBe(true);
    expect(
      all('owner', [
        'organization.transferOwnership',
        'billing.read',
        'billing.manage',
        'organization.rename',
        'organization.delete',
      ]),
    ).toBe(true);
  });

  it('admin lacks ownership transfer, billing changes, rename/slug and delete, and may read billing', () => {
    expect(all('admin', ['billing.read'])).toBe(true);
    expect(
      none('admin', ['organization.transferOwnership', 'billing.manage', 'organization.rename', 'organization.delete']),
    ).toBe(true);
  });

  it('admin: invite, resend and revoke invitations, archive and reactivate, change roles, settings, API keys, audit', () => {
    expect(
      all('admin', [
        'invitations.create',
        'invitations.resend',
        'invitations.revoke',
        'members.archive',
        'members.changeRole',
        'members.resetCredentials',
        'organization.updateSettings',
        'apiKeys.create',
        'apiKeys.revoke',
        'audit.read',
        'audit.export',
      ]),
    ).toBe(true);
  });

  it('manager: full modelling access including destructive actions and credentials', () => {
    expect(
      all('manager', [
        'workspaces.create',
        'workspaces.update',
        'workspaces.delete',
        'environments.create',
        'environments.update',
        'environments.delete',
        'environments.manageCredentials',
      ]),
    ).toBe(true);
  });

  it('manager: no tenant administration', () => {
    expect(
      none('manager', [
        'members.read',
        'members.changeRole',
        'members.archive',
        'invitations.create',
        'organization.updateSettings',
        'apiKeys.create',
        'audit.read',
        'dataExport.create',
      ]),
    ).toBe(true);
  });

  it('member: creates and updates workspaces and environments, never deletes', () => {
    expect(
      all('member', ['workspaces.create', 'workspaces.update', 'environments.create', 'environments.update']),
    ).toBe(true);
    expect(none('member', ['workspaces.delete', 'environments.delete', 'environments.manageCredentials'])).toBe(true);
  });

  it('member: no administration', () => {
    const administration = ABILITY_IDS.filter((id) =>
      /^(members|invitations|apiKeys|audit|billing|dataExport)\./.test(id),
    );
    expect(none('member', administration)).toBe(true);
  });

  it('viewer: read-only, with no member page, no data export and no usage costs', () => {
    expect(ROLE_BUNDLES.viewer.every((ability) => ability.endsWith('.read'))).toBe(true);
    expect(none('viewer', ['members.read', 'dataExport.create', 'usage.readCosts', 'audit.export'])).toBe(true);
  });

  it('viewer: no edit, archive or credential controls anywhere', () => {
    const controls = ABILITY_IDS.filter((id) => !id.endsWith('.read'));
    expect(none('viewer', controls)).toBe(true);
  });

  it('nobody but the owner can move ownership; no role can be given owner by catalog', () => {
    expect(rolesWithAbility('organization.transferOwnership')).toEqual(['owner']);
    expect(ASSIGNABLE_ROLE_IDS).toEqual(['admin', 'manager', 'member', 'viewer']);
  });
});
