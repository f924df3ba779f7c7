import { graphql } from '@orgplane/schema/generated';

/** Confirms the email address from an emailed link. */
export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(input: { token: $token }) {
      emailVerified
    }
  }
`);

/** Mails a new confirmation link; earlier links stop working. */
export const ResendEmailVerificationMutation = graphql(`
  mutation ResendEmailVerification {
    resendEmailVerification {
      user {
        id
        emailVerified
      }
    }
  }
`);
