import { useEffect, useId } from 'react';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { MemberItem } from '../hooks/useMemberList.ts';
import { useSetMemberCreditLimit } from '../hooks/useMemberMutations.ts';
import { UNLIMITED_CREDITS, creditLimitProblem, formatCreditLimit } from '../utils/credits.ts';

interface CreditLimitFormProps {
  readonly member: MemberItem;
  /** After the change, with a sentence saying what happened. */
  readonly onSaved: (message: string) => void;
  /** Shows Cancel (in a dialog of its own); without it the form stands in a larger view. */
  readonly onCancel?: () => void;
  /** Whether the form's first control takes focus when its dialog opens. */
  readonly autoFocus?: boolean;
  /** Told when sending starts and ends, so the dialog around it does not close meanwhile. */
  readonly onSubmittingChange?: (submitting: boolean) => void;
}

/** The owner sets how many credits a member may use, or lifts the limit. */
export function CreditLimitForm({
  member,
  onSaved,
  onCancel,
  autoFocus = true,
  onSubmittingChange,
}: CreditLimitFormProps) {
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
      onSaved(`${member.user.displayName}'s credit limit is now ${formatCreditLimit(creditLimit).toLowerCase()}.`);
    },
  });
  const unlimited = Boolean(form.values.unlimited);
  useEffect(() => onSubmittingChange?.(form.submitting), [form.submitting, onSubmittingChange]);
  const focus = (wanted: boolean) => (autoFocus && wanted ? { 'data-autofocus': true } : {});

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit}>
      <div className="checkbox">
        <input
          id={unlimitedId}
          type="checkbox"
          className="checkbox__input"
          checked={unlimited}
          onChange={(event) => form.setValue('unlimited', event.target.checked ? 'yes' : '')}
          {...focus(unlimited)}
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
        {...focus(!unlimited)}
      />
      <FormError error={form.failure?.error} details={form.failure?.details} />
      {onCancel ? (
        <FormActions submitting={form.submitting} pendingLabel="Saving…" onCancel={onCancel}>
          Save credit limit
        </FormActions>
      ) : (
        <div className="form__actions">
          <SubmitButton submitting={form.submitting} pendingLabel="Saving…">
            Save credit limit
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
