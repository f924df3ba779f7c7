import { SecretOnceDialog } from '../../../ui/SecretOnceDialog.tsx';
import type { CreatedApiKey } from './CreateApiKeyDialog.tsx';

interface ApiKeySecretDialogProps {
  readonly created: CreatedApiKey;
  /** Done: the caller forgets the secret. */
  readonly onClose: () => void;
}

/** The new key's secret, shown this once. */
export function ApiKeySecretDialog({ created, onClose }: ApiKeySecretDialogProps) {
  return (
    <SecretOnceDialog
      title="Copy your new API key"
      description={`The key “${created.name}” is ready.`}
      advice={
        <p>
          Copy it now and keep it somewhere safe, such as your secret manager. Orgplane stores only a hash of it and
          cannot show it again; if it is lost, create a new key and revoke this one.
        </p>
      }
      label="Secret"
      secret={created.secret}
      onClose={onClose}
    />
  );
}
