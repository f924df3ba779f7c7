import { SecretOnceDialog } from '../../../ui/SecretOnceDialog.tsx';

interface WebhookSecretDialogProps {
  /** "Copy the signing secret" for a new endpoint, "Copy the new signing secret" after a rotation. */
  readonly title: string;
  /** A sentence on what just happened. */
  readonly description: string;
  readonly secret: string;
  /** Done: the caller forgets the secret. */
  readonly onClose: () => void;
}

/** An endpoint's signing secret, shown this once. */
export function WebhookSecretDialog({ title, description, secret, onClose }: WebhookSecretDialogProps) {
  return (
    <SecretOnceDialog
      title={title}
      description={description}
      advice={
        <p>
          Copy it now into the receiver’s configuration or your secret manager: the receiver needs it to check the{' '}
          <code>webhook-signature</code> header of each event. Orgplane cannot show it again; if it is lost, rotate the
          secret to get a new one.
        </p>
      }
      label="Signing secret"
      secret={secret}
      onClose={onClose}
    />
  );
}
