import { graphql } from '@orgplane/schema/generated';

/** The whole ability catalog, as the role comparison matrix shows it. */
export const AbilityCatalogQuery = graphql(`
  query AbilityCatalog {
    abilityCatalog {
      roles {
        id
        label
        description
      }
      sections {
        id
        label
        description
        abilities {
          id
          label
          description
          destructive
          humanOnly
          roles
        }
      }
    }
  }
`);
