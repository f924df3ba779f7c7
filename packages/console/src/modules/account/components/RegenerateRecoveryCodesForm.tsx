import { SecondFactorConfirmForm } from './SecondFactorConfirmForm.tsx';
import { useRegenerateRecoveryCodes } from '../hooks/useAccountMutations.ts';

interface RegenerateRecoveryCodesFormProps {
  readonly email: string;
  readonly onRegenerated: (codes: readonly string[]) => void;
  readonly onCancel: () => void;
}

/** New recovery codes take the password and a current (or recovery) code; the old codes stop working. */
export function RegenerateRecoveryCodesForm({ email, onRegenerated, onCancel }: RegenerateRecoveryCodesFormProps) {
  const [regenerate] = useRegenerateRecoveryCodes();
  return (
    <SecondFactorConfirmForm
      email={email}
      intro={<p>Your current recovery codes stop working as soon as the new ones are created.</p>}
      submitLabel="Create new recovery codes"
      pendingLabel="Creating…"
      onConfirm={async (password, code) => {
        const { data } = await regenerate({ variables: { password, code } });
        if (data?.regenerateRecoveryCodes) onRegenerated(data.regenerateRecoveryCodes.recoveryCodes);
      }}
      onCancel={onCancel}
    />
  );
}
