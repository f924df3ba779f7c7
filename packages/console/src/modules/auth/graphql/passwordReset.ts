import { graphql } from '@orgplane/schema/generated';

/** Mails a reset link if the account exists; the answer is the same either way. */
export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(input: { email: $email }) {
      accepted
    }
  }
`);

/** Sets a new password from an emailed link; every session of the account ends. */
export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(input: { token: $token, newPassword: $newPassword }) {
      passwordChanged
    }
  }
`);
