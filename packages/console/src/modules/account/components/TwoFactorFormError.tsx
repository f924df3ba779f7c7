import { useSignOut } from '../../auth/hooks/useSignOut.ts';
import { errorCodeOf } from '../../../ui/errorCode.ts';
import { FormError } from '../../../ui/FormError.tsx';

interface TwoFactorFormErrorProps {
  readonly error: unknown;
  readonly details?: readonly string[];
}

/**
 * Why a two-factor change was refused. When the API asks for a recent sign-in, it offers to sign
 * in again and come back to the Account page.
 */
export function TwoFactorFormError({ error, details }: TwoFactorFormErrorProps) {
  const { signOut, pending, error: signOutError } = useSignOut();
  const reauthenticate = errorCodeOf(error) === 'REAUTHENTICATION_REQUIRED';
  return (
    <>
      <FormError error={error} details={details}>
        {reauthenticate ? (
          <div className="form__actions">
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={pending || undefined}
              onClick={() => {
                if (!pending) void signOut(false, '/account');
              }}
            >
              {pending ? 'Signing out…' : 'Sign in again'}
            </button>
          </div>
        ) : null}
      </FormError>
      <FormError error={signOutError} />
    </>
  );
}
