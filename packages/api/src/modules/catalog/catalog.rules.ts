import { parentGuarded, publicAccess, type RuleMap } from '../../graphql/authorization.ts';

export const catalogRules: RuleMap = {
  Query: { abilityCatalog: publicAccess },
  AbilityCatalog: { '*': parentGuarded },
  CatalogSection: { '*': parentGuarded },
  CatalogAbility: { '*': parentGuarded },
  CatalogRole: { '*': parentGuarded },
};
