import { graphql } from '@orgplane/schema/generated';

/** A new TOTP secret for the authenticator app, after the password; not active until confirmed. */
export const BeginTotpEnrollmentMutation = graphql(`
  mutation BeginTotpEnrollment($password: String!) {
    beginTotpEnrollment(input: { password: $password }) {
      secret
      otpauthUri
    }
  }
`);

/** Turns two-factor authentication on with a current code; the recovery codes come back this once. */
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

/** New recovery codes, confirmed with the password and a code; the old ones stop working. */
export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($password: String!, $code: String!) {
    regenerateRecoveryCodes(input: { password: $password, code: $code }) {
      recoveryCodes
    }
  }
`);

/** Turns two-factor authentication off, confirmed with the password and a code. */
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
