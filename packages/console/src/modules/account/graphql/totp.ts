import { graphql } from '@orgplane/schema/generated';

/** A new TOTP secret for the authenticator app; not active until confirmed. */
export const BeginTotpEnrollmentMutation = graphql(`
  mutation BeginTotpEnrollment {
    beginTotpEnrollment {
      secret
      otpauthUri
    }
  }
`);

/** Turns two-step verification on with a current code; the recovery codes come back this once. */
export const ConfirmTotpEnrollmentMutation = graphql(`
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(input: { code: $code }) {
      recoveryCodes
      user {
        id
        mfaEnabled
      }
    }
  }
`);

/** Turns two-step verification off, confirmed with the password and a code. */
export const DisableTotpMutation = graphql(`
  mutation DisableTotp($password: String!, $code: String!) {
    disableTotp(input: { password: $password, code: $code }) {
      user {
        id
        mfaEnabled
      }
    }
  }
`);
