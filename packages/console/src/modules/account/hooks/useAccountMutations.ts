import { useMutation } from '@apollo/client/react';
import { DeleteAccountMutation } from '../graphql/deleteAccount.ts';
import { ChangePasswordMutation, UpdateProfileMutation } from '../graphql/profile.ts';
import { AccountSessionsQuery, RevokeSessionMutation } from '../graphql/sessions.ts';
import {
  BeginTotpEnrollmentMutation,
  ConfirmTotpEnrollmentMutation,
  DisableTotpMutation,
  RegenerateRecoveryCodesMutation,
} from '../graphql/totp.ts';

/** Changes the name other people see (the answer updates the cache). */
export function useUpdateProfile() {
  return useMutation(UpdateProfileMutation);
}

/** Changes the password; the API ends every other session, so the session list is asked again. */
export function useChangePassword() {
  return useMutation(ChangePasswordMutation, { refetchQueries: [AccountSessionsQuery] });
}

/** Ends one of the person's other sessions; the list is asked again before the row goes. */
export function useRevokeSession() {
  return useMutation(RevokeSessionMutation, { refetchQueries: [AccountSessionsQuery], awaitRefetchQueries: true });
}

/** Starts setting up an authenticator app. */
export function useBeginTotpEnrollment() {
  return useMutation(BeginTotpEnrollmentMutation);
}

/** Finishes setting up an authenticator app with a first code. */
export function useConfirmTotpEnrollment() {
  return useMutation(ConfirmTotpEnrollmentMutation);
}

/** New recovery codes; the old ones stop working. */
export function useRegenerateRecoveryCodes() {
  return useMutation(RegenerateRecoveryCodesMutation);
}

/** Turns two-step verification off. */
export function useDisableTotp() {
  return useMutation(DisableTotpMutation);
}

/** Deletes the account for good. */
export function useDeleteAccount() {
  return useMutation(DeleteAccountMutation);
}
