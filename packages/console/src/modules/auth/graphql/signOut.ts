import { graphql } from '@orgplane/schema/generated';

/** Ends this session, or every session of the user; the API also clears the refresh cookie. */
export const SignOutMutation = graphql(`
  mutation SignOut($everywhere: Boolean!) {
    signOut(input: { everywhere: $everywhere }) {
      revokedSessionCount
    }
  }
`);
