import type { SubscriptionFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { formatDay } from '../../../ui/formatDate.ts';
import { useOutcomeFocus } from '../hooks/useOutcomeFocus.ts';
import { useCancelSubscription } from '../hooks/useBillingMutations.ts';
import { cycleLabel, formatPrice, offerFor } from '../utils/billing.ts';
import { AutoRenewSetting } from './AutoRenewSetting.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { SubscriptionStatusNotice } from './SubscriptionStatusNotice.tsx';
import styles from './billing.module.css';

interface SubscriptionPanelProps {
  readonly subscription: SubscriptionFieldsFragment;
  /** Shows the owner's controls: auto-renew, cancel and resume. */
  readonly manage: boolean;
}

function Day({ iso }: { readonly iso: string }) {
  return <time dateTime={iso}>{formatDay(iso)}</time>;
}

/**
 * The plan, its status, cycle, price, auto-renewal and current period, what the status means;
 * for the owner, auto-renew, "Cancel at period end" and Resume, each reporting back beside it.
 */
export function SubscriptionPanel({ subscription, manage }: SubscriptionPanelProps) {
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const outcomeFocus = useOutcomeFocus<HTMLDivElement>(outcome, confirmingCancel);
  const [cancel] = useCancelSubscription();
  const { status, plan } = subscription;
  const trial = status === 'TRIAL';
  const offer = offerFor(plan, subscription.billingCycle);
  const end = formatDay(subscription.currentPeriodEnd);

  /** Reports a change where the control was, and takes focus there (the control may be gone). */
  const report = (message: string) => {
    outcomeFocus.request();
    setOutcome(message);
  };

  return (
    <Panel title="Subscription" description="Your organization’s plan and its current billing period.">
      <div className={styles.planLine}>
        <p className={styles.planName}>{subscription.productName}</p>
        <StatusBadge status={status} />
      </div>
      <SubscriptionStatusNotice
        subscription={subscription}
        manage={manage}
        onResumed={() => report(`The subscription is resumed: it renews on ${end}.`)}
      />
      <dl className={`facts ${styles.subscriptionFacts}`}>
        <div>
          <dt>Plan</dt>
          <dd>{plan.name}</dd>
        </div>
        <div>
          <dt>Billing cycle</dt>
          <dd>{trial ? 'Chosen with a plan' : cycleLabel(subscription.billingCycle)}</dd>
        </div>
        <div>
          <dt>Price</dt>
          <dd>{trial ? 'Free during the trial' : offer ? formatPrice(offer) : 'Agreed with sales'}</dd>
        </div>
        <div>
          <dt>Auto-renew</dt>
          <dd>{subscription.autoRenew ? 'On' : 'Off'}</dd>
        </div>
        <div>
          <dt>{trial ? 'Trial period' : 'Current period'}</dt>
          <dd>
            <span>
              <Day iso={subscription.currentPeriodStart} /> – <Day iso={subscription.currentPeriodEnd} />
            </span>
          </dd>
        </div>
        {status === 'ACTIVE' && subscription.autoRenew && !subscription.cancelAtPeriodEnd ? (
          <div>
            <dt>Renews on</dt>
            <dd>
              <Day iso={subscription.currentPeriodEnd} />
            </dd>
          </div>
        ) : null}
      </dl>
      {manage && (status === 'TRIAL' || status === 'ACTIVE') ? (
        <div className={styles.manage}>
          <AutoRenewSetting subscription={subscription} />
          {status === 'ACTIVE' && !subscription.cancelAtPeriodEnd ? (
            <div className={styles.cancelRow}>
              <button
                type="button"
                className="button button--danger-outline"
                onClick={() => {
                  setOutcome(null);
                  setConfirmingCancel(true);
                }}
              >
                Cancel at period end…
              </button>
              <span className="field__hint">The plan stays in force until {end}; you can resume until then.</span>
            </div>
          ) : null}
        </div>
      ) : null}
      {outcome ? (
        <div ref={outcomeFocus.ref} tabIndex={-1} className={styles.outcome}>
          <Notice tone="success" live>
            {outcome}
          </Notice>
        </div>
      ) : null}
      {confirmingCancel ? (
        <ConfirmDialog
          title="Cancel the subscription at period end?"
          confirmLabel="Cancel at period end"
          pendingLabel="Cancelling…"
          tone="danger"
          onClose={() => setConfirmingCancel(false)}
          onConfirm={async () => {
            await cancel();
            report(`The subscription is cancelled: the ${plan.name} plan stays in force until ${end}.`);
          }}
        >
          <p>
            The {plan.name} plan, its limits and included credits stay in force until {end}. Then the subscription ends:
            recording usage and creating workspaces, environments and API keys stop until a plan is chosen again.
            Nothing is deleted.
          </p>
          <p>You can resume the subscription any time before {end}.</p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
