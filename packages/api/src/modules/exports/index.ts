import { defineModule } from '../module.ts';
import { ExportLink } from './export-link.entity.ts';
import { ExportResolver } from './export.resolver.ts';
import { exportRoutes } from './export.routes.ts';
import { exportRules } from './export.rules.ts';

/**
 * Exports: single-use download links for an organization's data (usage events and totals, as CSV
 * or JSON), streamed from the database by `GET /exports/:token`. Kinds are listed in
 * `export-kinds.ts`.
 */
export const exportsModule = defineModule({
  name: 'exports',
  resolvers: [ExportResolver],
  rules: exportRules,
  entities: [ExportLink],
  routes: exportRoutes,
});
