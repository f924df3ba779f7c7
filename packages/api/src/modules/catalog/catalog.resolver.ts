import { Query, Resolver } from 'type-graphql';
import { ABILITY_CATALOG, AbilityCatalog } from './catalog.types.ts';

@Resolver()
export class CatalogResolver {
  @Query(() => AbilityCatalog, {
    description: 'The ability catalog: sections, abilities and the roles that hold them. Public.',
  })
  abilityCatalog(): AbilityCatalog {
    return ABILITY_CATALOG;
  }
}
