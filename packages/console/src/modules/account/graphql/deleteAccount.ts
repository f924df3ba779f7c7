import { graphql } from '@orgplane/schema/generated';

/** What deleting the account would take with it: owned organizations (deleted) and the others (left). */
export const DeletionImpactQuery = graphql(`
  query DeletionImpact {
    viewer {
      deletionImpact {
        ownedOrganizations {
          id
          name
          memberCount
        }
        leftOrganizationCount
      }
    }
  }
`);

/** Deletes the account, confirmed with the password; the API clears the refresh cookie. */
export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(input: { password: $password }) {
      deletedOrganizationCount
      leftOrganizationCount
    }
  }
`);
