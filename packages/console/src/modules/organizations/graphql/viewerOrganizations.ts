import { graphql } from '@orgplane/schema/generated';

/** The organizations the signed-in person can open, with their role in each. */
export const ViewerOrganizationsQuery = graphql(`
  query ViewerOrganizations {
    viewer {
      currentOrganization {
        id
        name
      }
      role
      organizations(first: 100) {
        edges {
          node {
            membershipId
            role
            isDefault
            organization {
              id
              name
              slug
              status
            }
          }
        }
      }
    }
  }
`);
