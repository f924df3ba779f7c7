import type { SubscriptionFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useId, useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { formatDay } from '../../../ui/formatDate.ts';
import { useSetSubscriptionAutoRenew } from '../hooks/useBillingMutations.ts';

interface AutoRenewSettingProps {
  readonly subscription: SubscriptionFieldsFragment;
}

/**
 * The owner's auto-renew checkbox: each change is sent at once and reported beside it. While it
 * is sent the checkbox shows the new value, keeps focus and ignores further clicks; a refusal
 * puts it back and says why.
 */
export function AutoRenewSetting({ subscription }: AutoRenewSettingProps) {
  const id = useId();
  const [setAutoRenew] = useSetSubscriptionAutoRenew();
  // The value being sent, shown at once; the subscription's own once the answer is in.
  const [requested, setRequested] = useState<boolean | null>(null);
  const pending = requested !== null;
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const trial = subscription.status === 'TRIAL';
  const end = formatDay(subscription.currentPeriodEnd);

  const change = (autoRenew: boolean) => {
    if (pending) return;
    setRequested(autoRenew);
    setError(null);
    setOutcome(null);
    setAutoRenew({ variables: { autoRenew } }).then(
      () => {
        setRequested(null);
        setOutcome(
          trial
            ? `Auto-renew is ${autoRenew ? 'on' : 'off'} for the plan you choose.`
            : autoRenew
              ? `Auto-renew is on: the subscription renews on ${end}.`
              : `Auto-renew is off: the subscription ends on ${end}.`,
        );
      },
      (failure: unknown) => {
        setRequested(null);
        setError(failure);
      },
    );
  };

  return (
    <div className="setting-checkbox">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          className="checkbox__input"
          checked={requested ?? subscription.autoRenew}
          aria-describedby={`${id}-hint`}
          aria-disabled={pending || undefined}
          onChange={(event) => change(event.target.checked)}
        />
        <div className="setting-checkbox__text">
          <label htmlFor={id} className="checkbox__label">
            Renew automatically
          </label>
          <span id={`${id}-hint`} className="field__hint">
            {trial
              ? 'Whether the plan you choose renews at the end of each period. The trial itself ends on its date either way.'
              : 'At the end of each period the next one starts. When off, the subscription ends with the current period.'}
          </span>
          <span className="form__status" role="status">
            {pending ? 'Saving…' : (outcome ?? '')}
          </span>
          <FormError error={error} />
        </div>
      </div>
    </div>
  );
}
