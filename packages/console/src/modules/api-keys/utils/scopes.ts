import { CATALOG_SECTIONS, ROLE_IDS, isAbilityId, isHumanOnly, rolesWithAbility } from '@orgplane/schema';
import type { AbilityId, CatalogSection } from '@orgplane/schema';

const LABELS = new Map<string, string>(
  CATALOG_SECTIONS.flatMap((section) => section.abilities.map((ability) => [ability.id, ability.label] as const)),
);

/** "View workspaces" for `workspaces.read`; the id itself for a scope the catalog no longer has. */
export function scopeLabel(scope: string): string {
  return LABELS.get(scope) ?? scope;
}

/**
 * The catalog's sections, each with only the abilities `can` allows that a key may hold (never a
 * human-only one: the API refuses those); sections left empty are dropped.
 */
export function grantableSections(can: (ability: AbilityId) => boolean): CatalogSection[] {
  return CATALOG_SECTIONS.map((section) => ({
    ...section,
    abilities: section.abilities.filter((ability) => can(ability.id) && !ability.humanOnly),
  })).filter((section) => section.abilities.length > 0);
}

/** The labels of the human-only abilities `can` allows: held by the viewer, never offered to a key. */
export function peopleOnlyLabels(can: (ability: AbilityId) => boolean): string[] {
  return CATALOG_SECTIONS.flatMap((section) => section.abilities)
    .filter((ability) => ability.humanOnly && can(ability.id))
    .map((ability) => ability.label);
}

/** Whether a key's scope is one only people may hold, which no key can use. */
export function isPeopleOnlyScope(scope: string): boolean {
  return isAbilityId(scope) && isHumanOnly(scope);
}

/** Scopes travel through the form as one string of ids separated by spaces. */
export function parseScopes(text: string): AbilityId[] {
  return text.split(' ').filter(isAbilityId);
}

export function joinScopes(scopes: Iterable<AbilityId>): string {
  return [...scopes].join(' ');
}

/** "A", "A and B", "A, B and C". */
export function joinLabels(labels: readonly string[]): string {
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * Whether a key with these scopes and none in force means its creator is no longer an active
 * member: true when one of its scopes is held by every role, which any member would still hold.
 */
export function creatorMustHaveLeft(scopes: readonly string[]): boolean {
  return scopes.some((scope) => isAbilityId(scope) && rolesWithAbility(scope).length === ROLE_IDS.length);
}
