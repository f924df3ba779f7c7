import { useMutation } from '@apollo/client/react';
import { ResendEmailVerificationMutation } from '../graphql/emailVerification.ts';
import { RequestPasswordResetMutation, ResetPasswordMutation } from '../graphql/passwordReset.ts';
import { SignInMutation, VerifyMfaChallengeMutation } from '../graphql/signIn.ts';
import { SignUpMutation } from '../graphql/signUp.ts';

/** The public steps of signing in and recovering access go out without the session's credentials. */
const ANONYMOUS = { context: { anonymous: true } };

/** A new account (no session: sign in next). */
export function useSignUp() {
  return useMutation(SignUpMutation, ANONYMOUS);
}

/** The password step of a sign-in. */
export function useSignIn() {
  return useMutation(SignInMutation, ANONYMOUS);
}

/** The second step of a sign-in: a TOTP code or a recovery code. */
export function useVerifyMfaChallenge() {
  return useMutation(VerifyMfaChallengeMutation, ANONYMOUS);
}

/** Mails a reset link if the account exists. */
export function useRequestPasswordReset() {
  return useMutation(RequestPasswordResetMutation, ANONYMOUS);
}

/** Sets a new password from an emailed link. */
export function useResetPassword() {
  return useMutation(ResetPasswordMutation, ANONYMOUS);
}

/** Mails the signed-in person a new confirmation link (the answer updates the cache). */
export function useResendEmailVerification() {
  return useMutation(ResendEmailVerificationMutation);
}
