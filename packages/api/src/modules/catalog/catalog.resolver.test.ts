import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_SECTIONS, ROLES } from '@orgplane/schema';
import { AbilityCatalogDocument } from '@orgplane/schema/generated/graphql';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';

// The console's own generated document.
const QUERY = print(AbilityCatalogDocument);

interface CatalogData {
  abilityCatalog: {
    roles: Array<{ id: string; label: string; description: string }>;
    sections: Array<{
      id: string;
      label: string;
      description: string;
      abilities: Array<{
        id: string;
        label: string;
        description: string;
        destructive: boolean;
        humanOnly: boolean;
        roles: string[];
      }>;
    }>;
  };
}

describe('abilityCatalog', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('answers anonymous callers with exactly the shared catalog', async () => {
    const response = await api.graphql<CatalogData>(QUERY);
    expect(response.errors).toBeUndefined();
    const catalog = response.data?.abilityCatalog;
    expect(catalog?.roles).toEqual(ROLES.map((role) => ({ ...role, id: role.id.toUpperCase() })));
    expect(catalog?.sections).toEqual(
      CATALOG_SECTIONS.map((section) => ({
        id: section.id,
        label: section.label,
        description: section.description,
        abilities: section.abilities.map((ability) => ({
          id: ability.id,
          label: ability.label,
          description: ability.description,
          destructive: ability.destructive,
          humanOnly: ability.humanOnly,
          roles: ability.roles.map((role) => role.toUpperCase()),
        })),
      })),
    );
  });

  it('answers the same to a caller presenting a tenant header', async () => {
    const response = await api.graphql<CatalogData>(
      '{ abilityCatalog { roles { id } } }',
      {},
      { 'x-tenant-id': 'acme' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.abilityCatalog.roles).toHaveLength(5);
  });
});
