import { graphql } from '@orgplane/schema/generated';

/** Changes the name other people see. */
export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($displayName: String!) {
    updateProfile(input: { displayName: $displayName }) {
      user {
        id
        displayName
      }
    }
  }
`);

/** Changes the password; the API ends every other session. */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {
      user {
        id
      }
    }
  }
`);
