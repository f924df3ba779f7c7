import { graphql } from '@orgplane/schema/generated';

/** The signed-in person, as the header and the account page show them. */
export const CurrentUserQuery = graphql(`
  query CurrentUser {
    viewer {
      user {
        id
        email
        displayName
        emailVerified
        mfaEnabled
      }
    }
  }
`);
