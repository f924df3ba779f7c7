import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { ASSIGNABLE_ROLES, roleLabel } from '../../organizations/utils/roleLabel.ts';
import type { MemberItem } from '../hooks/useMemberList.ts';
import { useChangeMemberRole } from '../hooks/useMemberMutations.ts';
import { FormActions } from '../../../ui/FormActions.tsx';
import { ChoiceList } from '../../../ui/ChoiceList.tsx';

interface ChangeRoleDialogProps {
  readonly member: MemberItem;
  readonly onClose: () => void;
  /** After the change, with a sentence saying what happened. */
  readonly onChanged: (message: string) => void;
}

/** Gives an active member one of the four assignable roles; the change applies at once. */
export function ChangeRoleDialog({ member, onClose, onChanged }: ChangeRoleDialogProps) {
  const [change] = useChangeMemberRole();
  const form = useForm({
    initialValues: { role: member.role },
    validate: ({ role }) => ({
      role: role === member.role ? `${member.user.displayName} is already ${roleLabel(member.role)}.` : undefined,
    }),
    codeFields: { OWNER_NOT_ASSIGNABLE: 'role' },
    onSubmit: async ({ role }) => {
      const chosen = ASSIGNABLE_ROLES.find((option) => option.value === role);
      if (!chosen) return;
      await change({ variables: { membershipId: member.id, role: chosen.value } });
      onChanged(`${member.user.displayName} is now ${chosen.label}.`);
      onClose();
    },
  });

  const roleChoices = ASSIGNABLE_ROLES.map((option) => ({
    ...option,
    label:
      option.value === member.role ? (
        <>
          {option.label}
          <span className="badge badge--neutral">Current</span>
        </>
      ) : (
        option.label
      ),
  }));

  return (
    <Dialog
      title="Change user type"
      description={`${member.user.displayName} (${member.user.email}) gets the new role's abilities at once.`}
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <ChoiceList
          legend="User type"
          options={roleChoices}
          value={form.values.role}
          onChange={(value) => form.setValue('role', value)}
          error={form.errors.role}
          autoFocus
        />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel="Changing…" onCancel={onClose}>
          Change user type
        </FormActions>
      </form>
    </Dialog>
  );
}
