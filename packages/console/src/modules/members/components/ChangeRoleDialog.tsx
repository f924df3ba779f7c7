import { useId } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { ASSIGNABLE_ROLES, roleLabel } from '../../organizations/utils/roleLabel.ts';
import type { MemberItem } from '../hooks/useMemberList.ts';
import { useChangeMemberRole } from '../hooks/useMemberMutations.ts';
import { FieldError } from '../../../ui/Field.tsx';

interface ChangeRoleDialogProps {
  readonly member: MemberItem;
  readonly onClose: () => void;
  /** After the change, with a sentence saying what happened. */
  readonly onChanged: (message: string) => void;
}

/** Gives an active member one of the four assignable roles; the change applies at once. */
export function ChangeRoleDialog({ member, onClose, onChanged }: ChangeRoleDialogProps) {
  const groupName = useId();
  const errorId = useId();
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

  return (
    <Dialog
      title="Change user type"
      description={`${member.user.displayName} (${member.user.email}) gets the new role's abilities at once.`}
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <fieldset className="choice-list">
          <legend className="field__label">User type</legend>
          {ASSIGNABLE_ROLES.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name={groupName}
                value={option.value}
                className="choice__input"
                checked={form.values.role === option.value}
                onChange={() => form.setValue('role', option.value)}
                {...(form.values.role === option.value
                  ? {
                      'data-autofocus': true,
                      'aria-invalid': form.errors.role ? true : undefined,
                      'aria-describedby': form.errors.role ? errorId : undefined,
                    }
                  : {})}
              />
              <span className="choice__text">
                <span className="choice__label">
                  {option.label}
                  {option.value === member.role ? <span className="badge badge--neutral">Current</span> : null}
                </span>
                <span className="choice__description">{option.description}</span>
              </span>
            </label>
          ))}
          {form.errors.role ? <FieldError id={errorId}>{form.errors.role}</FieldError> : null}
        </fieldset>
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <div className="form__actions">
          <SubmitButton submitting={form.submitting} pendingLabel="Changing…">
            Change user type
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
