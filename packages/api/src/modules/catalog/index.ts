import { defineModule } from '../module.ts';
import { CatalogResolver } from './catalog.resolver.ts';
import { catalogRules } from './catalog.rules.ts';

/** The ability catalog: the roles and what each may do, readable by anyone. */
export const catalogModule = defineModule({
  name: 'catalog',
  resolvers: [CatalogResolver],
  rules: catalogRules,
});
