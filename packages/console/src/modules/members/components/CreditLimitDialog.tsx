import { useId } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { MemberItem } from '../hooks/useMemberList.ts';
import { UNLIMITED_CREDITS, creditLimitProblem, formatCreditLimit } from '../utils/credits.ts';
import { useSetMemberCreditLimit } from '../hooks/useMemberMutations.ts';
import { FormActions } from '../../../ui/FormActions.tsx';

interface CreditLimitDialogProps {
  readonly member: MemberItem;
  readonly onClose: () => void;
  /** After the change, with a sentence saying what happened. */
  readonly onChanged: (message: string) => void;
}

/** The owner sets how many credits a member may use, or lifts the limit. */
export function CreditLimitDialog({ member, onClose, onChanged }: CreditLimitDialogProps) {
  const unlimitedId = useId();
  const current = member.creditLimit ?? UNLIMITED_CREDITS;
  const [setLimit] = useSetMemberCreditLimit();
  const form = useForm({
    initialValues: {
      creditLimit: current === UNLIMITED_CREDITS ? '' : String(current),
      unlimited: current === UNLIMITED_CREDITS ? 'yes' : '',
    },
    validate: (values) => ({
      creditLimit: values.unlimited ? undefined : creditLimitProblem(values.creditLimit),
    }),
    onSubmit: async (values) => {
      const creditLimit = values.unlimited ? UNLIMITED_CREDITS : Number(values.creditLimit.trim());
      await setLimit({ variables: { membershipId: member.id, creditLimit } });
      onChanged(`${member.user.displayName}'s credit limit is now ${formatCreditLimit(creditLimit).toLowerCase()}.`);
      onClose();
    },
  });
  const unlimited = Boolean(form.values.unlimited);

  return (
    <Dialog
      title="Set credit limit"
      description={`How many credits ${member.user.displayName} may use. Used so far: ${member.usedCredits ?? 0}.`}
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <div className="checkbox">
          <input
            id={unlimitedId}
            type="checkbox"
            className="checkbox__input"
            checked={unlimited}
            onChange={(event) => form.setValue('unlimited', event.target.checked ? 'yes' : '')}
            {...(unlimited ? { 'data-autofocus': true } : {})}
          />
          <label htmlFor={unlimitedId} className="checkbox__label">
            Unlimited credits
          </label>
        </div>
        <TextField
          label="Credit limit"
          hint="A whole number of credits. Usage stops once the member reaches it."
          inputMode="numeric"
          autoComplete="off"
          disabled={unlimited}
          {...form.field('creditLimit')}
          {...(unlimited ? {} : { 'data-autofocus': true })}
        />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel="Saving…" onCancel={onClose}>
          Save credit limit
        </FormActions>
      </form>
    </Dialog>
  );
}
