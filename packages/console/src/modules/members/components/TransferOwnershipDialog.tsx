import { useQuery } from '@apollo/client/react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { PasswordField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { requiredProblem } from '../../auth/utils/validation.ts';
import { TransferCandidatesQuery } from '../graphql/transferOwnership.ts';
import { useTransferOwnership } from '../hooks/useMemberMutations.ts';
import { FormActions } from '../../../ui/FormActions.tsx';

interface TransferOwnershipDialogProps {
  /** The owner's email, so password managers offer the right password. */
  readonly email: string;
  readonly onClose: () => void;
  /** After the transfer, with the new owner's name. */
  readonly onTransferred: (newOwnerName: string) => void;
}

interface Candidate {
  readonly id: string;
  readonly label: string;
}

function TransferForm({
  candidates,
  email,
  onClose,
  onTransferred,
}: TransferOwnershipDialogProps & { readonly candidates: readonly Candidate[] }) {
  const [transfer] = useTransferOwnership();
  const form = useForm({
    initialValues: { target: '', password: '' },
    validate: (values) => ({
      target: values.target ? undefined : 'Choose the admin who becomes the owner.',
      password: requiredProblem(values.password, 'Enter your password to confirm.'),
    }),
    paths: { targetMembershipId: 'target' },
    codeFields: { OWNERSHIP_TARGET_INVALID: 'target' },
    onSubmit: async (values) => {
      const { data } = await transfer({
        variables: { targetMembershipId: values.target, password: values.password },
      });
      const newOwner = data?.transferOwnership?.newOwner;
      if (newOwner) onTransferred(newOwner.user.displayName);
      onClose();
    },
  });

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <SelectField
        label="New owner"
        name="target"
        hint="Only active admins can become the owner."
        options={[
          { value: '', label: 'Choose an admin…' },
          ...candidates.map((c) => ({ value: c.id, label: c.label })),
        ]}
        value={form.values.target}
        error={form.errors.target}
        onChange={(event) => form.setValue('target', event.target.value)}
        data-autofocus
      />
      <PasswordField label="Your password" autoComplete="current-password" {...form.field('password')} />
      <FormError error={form.failure?.error} details={form.failure?.details} />
      <FormActions submitting={form.submitting} pendingLabel="Transferring…" variant="danger" onCancel={onClose}>
        Transfer ownership
      </FormActions>
    </form>
  );
}

/** The owner hands the organization to an active admin, confirmed with their password. */
export function TransferOwnershipDialog(props: TransferOwnershipDialogProps) {
  // Always asked afresh: who is an admin may have changed since the list was last read.
  const { data, loading, error, refetch } = useQuery(TransferCandidatesQuery, { fetchPolicy: 'network-only' });
  const candidates = (data?.members.edges ?? []).map(({ node }) => ({
    id: node.id,
    label: `${node.user.displayName} (${node.user.email})`,
  }));

  let body;
  if (data && candidates.length) body = <TransferForm {...props} candidates={candidates} />;
  else if (data) {
    body = (
      <>
        <Notice tone="warning" title="There is no admin to hand ownership to">
          <p>
            Ownership can only go to an active admin. Give a member the user type Admin first (Change user type in the
            member list), then come back here.
          </p>
        </Notice>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={props.onClose} data-autofocus>
            Close
          </button>
        </div>
      </>
    );
  } else if (error && !loading) {
    body = (
      <ErrorState
        error={error}
        title="Could not load the admins"
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else body = <LoadingState label="Loading the admins…" />;

  return (
    <Dialog title="Transfer ownership" onClose={props.onClose}>
      <div className="dialog__text">
        <p>The admin you choose becomes the owner of this organization, with every ability. At the same moment:</p>
        <ul>
          <li>
            you become an admin, and lose changing the plan, renaming, deleting the organization and transferring
            ownership;
          </li>
          <li>only the new owner can hand ownership back.</li>
        </ul>
      </div>
      {body}
    </Dialog>
  );
}
