import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { useBilling } from '../hooks/useBilling.ts';
import { useBillingPeriodSettings } from '../hooks/useBillingPeriodSettings.ts';
import { BillingPeriodHistoryPanel } from './BillingPeriodHistoryPanel.tsx';
import { BillingPeriodSettingsPanel } from './BillingPeriodSettingsPanel.tsx';
import { UpcomingPeriodsPanel } from './UpcomingPeriodsPanel.tsx';

/**
 * The billing periods: where they end (the owner changes the anchor day and the fiscal calendar,
 * other roles that read billing see them), the next periods that makes, and every period so far
 * with its invoice.
 */
export function BillingPeriodsSection() {
  const { can } = useAbilities();
  const manage = can('billing.manage');
  const billing = useBilling();
  const periodSettings = useBillingPeriodSettings();
  const { subscription, plans } = billing;
  const { settings } = periodSettings;

  if (!subscription || !plans || !settings) {
    const error = billing.error ?? periodSettings.error;
    return error ? (
      <ErrorState
        error={error}
        title="Could not load the billing periods"
        onRetry={() => {
          billing.retry();
          periodSettings.retry();
        }}
      />
    ) : (
      <LoadingState label="Loading the billing periods…" />
    );
  }

  return (
    <div className="stack">
      {manage ? null : (
        <Notice title="You can view the billing periods, not change them">
          <p>Only the owner can change the day periods end on and the fiscal calendar.</p>
        </Notice>
      )}
      <BillingPeriodSettingsPanel
        settings={settings}
        period={{ start: subscription.currentPeriodStart, end: subscription.currentPeriodEnd }}
        manage={manage}
      />
      <UpcomingPeriodsPanel settings={settings} />
      <BillingPeriodHistoryPanel plans={plans} />
    </div>
  );
}
