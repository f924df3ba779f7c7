import { SecondFactorConfirmForm } from './SecondFactorConfirmForm.tsx';
import { useDisableTotp } from '../hooks/useAccountMutations.ts';

interface DisableTotpFormProps {
  readonly email: string;
  readonly onDisabled: () => void;
  readonly onCancel: () => void;
}

/** Turning two-factor authentication off takes the password and a current (or recovery) code. */
export function DisableTotpForm({ email, onDisabled, onCancel }: DisableTotpFormProps) {
  const [disable] = useDisableTotp();
  return (
    <SecondFactorConfirmForm
      email={email}
      submitLabel="Turn off two-factor authentication"
      pendingLabel="Turning off…"
      danger
      onConfirm={async (password, code) => {
        await disable({ variables: { password, code } });
        onDisabled();
      }}
      onCancel={onCancel}
    />
  );
}
