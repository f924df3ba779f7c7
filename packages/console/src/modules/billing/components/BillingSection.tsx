import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { useBilling } from '../hooks/useBilling.ts';
import { PlansPanel } from './PlansPanel.tsx';
import { SubscriptionPanel } from './SubscriptionPanel.tsx';
import { UsagePanel } from './UsagePanel.tsx';

/**
 * The subscription, its usage against the plan's limits and the plan comparison. The owner
 * changes the plan, cancels, resumes and sets auto-renewal; other roles that may see billing
 * read the same page without those controls.
 */
export function BillingSection() {
  const { can } = useAbilities();
  const { subscription, plans, error, retry } = useBilling();
  const manage = can('billing.manage');

  if (!subscription || !plans) {
    return error ? (
      <ErrorState error={error} title="Could not load the subscription" onRetry={retry} />
    ) : (
      <LoadingState label="Loading the subscription…" />
    );
  }

  return (
    <div className="stack">
      {manage ? null : (
        <Notice title="You can view billing, not change it">
          <p>Only the owner can change the plan, cancel or resume the subscription and turn auto-renew on or off.</p>
        </Notice>
      )}
      <SubscriptionPanel subscription={subscription} manage={manage} />
      <UsagePanel subscription={subscription} />
      <PlansPanel plans={plans} subscription={subscription} manage={manage} />
    </div>
  );
}
