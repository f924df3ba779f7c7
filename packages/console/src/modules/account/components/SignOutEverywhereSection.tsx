import { useState } from 'react';
import { useSignOut } from '../../auth/hooks/useSignOut.ts';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';

/** Ends every session of the account, this one included, after a confirmation. */
export function SignOutEverywhereSection() {
  const { signOut, pending, error } = useSignOut();
  const [confirming, setConfirming] = useState(false);
  return (
    <Panel
      title="Sign out everywhere"
      tone="danger"
      description="Ends every session of your account, on every device, including this one."
    >
      <FormError error={error} />
      {confirming ? (
        <div className="confirm" role="group" aria-label="Confirm signing out everywhere">
          <p>Sign out on every device now? Each of them will have to sign in again.</p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              aria-disabled={pending || undefined}
              onClick={() => {
                if (!pending) void signOut(true);
              }}
            >
              {pending ? 'Signing out…' : 'Yes, sign out everywhere'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          Sign out everywhere…
        </button>
      )}
    </Panel>
  );
}
