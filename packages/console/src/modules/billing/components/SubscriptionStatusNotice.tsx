import type { SubscriptionFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { formatDay } from '../../../ui/formatDate.ts';
import { useResumeSubscription } from '../hooks/useBillingMutations.ts';
import { daysUntil, inDays } from '../utils/billing.ts';

interface SubscriptionStatusNoticeProps {
  readonly subscription: SubscriptionFieldsFragment;
  /** Offers Resume on a subscription cancelled at period end. */
  readonly manage: boolean;
  readonly onResumed: () => void;
}

/** What the organization cannot do while the subscription is not in force. */
const PAUSED = 'Recording usage and creating workspaces, environments and API keys are paused; nothing is deleted.';

/** "Trial ends in 9 days, on 14 Dec 2026." */
function trialCountdown(end: string): string {
  const days = daysUntil(end);
  return `Trial ends ${inDays(days)}, on ${formatDay(end)}`;
}

/** Resume, for a subscription cancelled at period end: sent at once (it only undoes the cancellation). */
function ResumeButton({ onResumed }: { readonly onResumed: () => void }) {
  const [resume] = useResumeSubscription();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        setPending(true);
        setError(null);
        resume().then(
          () => {
            setPending(false);
            onResumed();
          },
          (failure: unknown) => {
            setPending(false);
            setError(failure);
          },
        );
      }}
    >
      <FormError error={error} />
      <div className="form__actions">
        <SubmitButton submitting={pending} pendingLabel="Resuming…">
          Resume subscription
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * What the subscription's status means for the organization: the trial's countdown, a
 * cancellation at period end (with Resume for the owner), auto-renew off, or why nothing new can
 * be created (suspended, cancelled, expired) and what to do about it.
 */
export function SubscriptionStatusNotice({ subscription, manage, onResumed }: SubscriptionStatusNoticeProps) {
  const { status, plan } = subscription;
  const end = formatDay(subscription.currentPeriodEnd);
  const choose = manage
    ? 'Choose a plan below to subscribe again: a new period starts at once.'
    : 'The owner can choose a plan to subscribe again.';

  switch (status) {
    case 'TRIAL': {
      const trialEnd = subscription.trialEndDate ?? subscription.currentPeriodEnd;
      return (
        <Notice tone={daysUntil(trialEnd) <= 3 ? 'warning' : 'info'} title={trialCountdown(trialEnd)}>
          <p>
            Your organization is trying the {plan.name} plan for free.{' '}
            {manage
              ? 'Choose a plan below before the trial ends to keep recording usage and creating workspaces, environments and API keys.'
              : 'Unless the owner chooses a plan before the trial ends, recording usage and creating workspaces, environments and API keys stop then.'}
          </p>
        </Notice>
      );
    }
    case 'ACTIVE':
      if (subscription.cancelAtPeriodEnd) {
        return (
          <Notice tone="warning" title={`Cancelled: ends on ${end}`}>
            <p>
              The {plan.name} plan stays in force until then, and the subscription does not renew.{' '}
              {manage ? 'Resume it to keep it going.' : 'Only the owner can resume it before then.'}
            </p>
            {manage ? <ResumeButton onResumed={onResumed} /> : null}
          </Notice>
        );
      }
      if (!subscription.autoRenew) {
        return (
          <Notice title={`Auto-renew is off: ends on ${end}`}>
            <p>The subscription ends with the current period unless auto-renew is turned on again before then.</p>
          </Notice>
        );
      }
      return null;
    case 'SUSPENDED':
      return (
        <Notice tone="warning" title="Suspended">
          <p>
            The subscription is suspended, for example because of an unpaid invoice. {PAUSED} The plan cannot be changed
            until Orgplane support reinstates it; contact them to settle what is open.
          </p>
        </Notice>
      );
    case 'CANCELLED':
      return (
        <Notice tone="warning" title={`Cancelled: ended on ${end}`}>
          <p>
            The subscription ended with its last period. {PAUSED} {choose}
          </p>
        </Notice>
      );
    case 'EXPIRED':
      return (
        <Notice
          tone="warning"
          title={`Trial ended on ${formatDay(subscription.trialEndDate ?? subscription.currentPeriodEnd)}`}
        >
          <p>
            The trial ended without a plan being chosen. {PAUSED} {choose}
          </p>
        </Notice>
      );
  }
}
