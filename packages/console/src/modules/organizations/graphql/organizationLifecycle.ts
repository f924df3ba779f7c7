import { graphql } from '@orgplane/schema/generated';

/** A new organization owned by the signed-in person. */
export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        slug
        status
      }
    }
  }
`);

/** Archives this tab's organization, confirmed with the owner's password. */
export const ArchiveOrganizationMutation = graphql(`
  mutation ArchiveOrganization($password: String!) {
    archiveOrganization(input: { password: $password }) {
      organizationId
    }
  }
`);

/** Brings back an archived organization the signed-in person owns. */
export const RestoreOrganizationMutation = graphql(`
  mutation RestoreOrganization($organizationId: ID!) {
    restoreOrganization(input: { organizationId: $organizationId }) {
      organizationId
    }
  }
`);

/** The archived organizations the signed-in person owns and can still restore. */
export const ArchivedOrganizationsQuery = graphql(`
  query ArchivedOrganizations {
    viewer {
      archivedOrganizations {
        id
        name
        slug
        archivedAt
        deletesAt
      }
    }
  }
`);
