import { graphql } from '@orgplane/schema/generated';

/** What the signed-in person may do in this tab's organization, and as which role. */
export const ViewerAbilitiesQuery = graphql(`
  query ViewerAbilities {
    viewer {
      role
      abilities
      currentOrganization {
        id
        name
      }
    }
  }
`);
