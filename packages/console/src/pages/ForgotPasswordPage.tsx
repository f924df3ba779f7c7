import { ForgotPasswordForm } from '../modules/auth/components/ForgotPasswordForm.tsx';
import { AuthCard } from '../ui/AuthCard.tsx';

/** Asks for a password reset link. */
export function ForgotPasswordPage() {
  return (
    <>
      <title>Reset your password · Orgplane</title>
      <AuthCard
        title="Reset your password"
        lead="Enter the email address you sign in with and we will send you a link to choose a new password."
      >
        <ForgotPasswordForm />
      </AuthCard>
    </>
  );
}
