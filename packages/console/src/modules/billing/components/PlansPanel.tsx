import type { PlanFieldsFragment, SubscriptionFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useOutcomeFocus } from '../hooks/useOutcomeFocus.ts';
import { ChangePlanDialog } from './ChangePlanDialog.tsx';
import { PlanCard } from './PlanCard.tsx';
import styles from './billing.module.css';

interface PlansPanelProps {
  readonly plans: readonly PlanFieldsFragment[];
  readonly subscription: SubscriptionFieldsFragment;
  /** Offers the owner Choose / Switch to on each plan. */
  readonly manage: boolean;
}

/** What the owner may do with `plan`: choose it, switch to it, change its cycle, or nothing. */
function actionFor(plan: PlanFieldsFragment, subscription: SubscriptionFieldsFragment): string | null {
  const current = plan.id === subscription.plan.id;
  switch (subscription.status) {
    case 'SUSPENDED':
      return null;
    case 'ACTIVE':
      if (!current) return `Switch to ${plan.name}`;
      return plan.cycles.some((offer) => offer.cycle !== subscription.billingCycle) ? 'Change billing cycle' : null;
    default:
      return `Choose ${plan.name}`;
  }
}

/**
 * Every plan side by side: price per cycle, included credits and limits, the current plan
 * marked; for the owner, an action on each that opens the change's confirmation.
 */
export function PlansPanel({ plans, subscription, manage }: PlansPanelProps) {
  const [changing, setChanging] = useState<PlanFieldsFragment | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const outcomeFocus = useOutcomeFocus<HTMLDivElement>(outcome, changing !== null);
  return (
    <Panel title="Plans" description="What each plan costs and allows. Included credits start again with every period.">
      {outcome ? (
        <div ref={outcomeFocus.ref} tabIndex={-1} className={styles.outcome}>
          <Notice tone="success" live>
            {outcome}
          </Notice>
        </div>
      ) : null}
      {manage && subscription.status === 'SUSPENDED' ? (
        <p className="field__hint">The plan can be changed again once the subscription is reinstated.</p>
      ) : null}
      <ul className={styles.planGrid}>
        {plans.map((plan) => {
          const action = manage ? actionFor(plan, subscription) : null;
          return (
            <li key={plan.id}>
              <PlanCard
                plan={plan}
                current={plan.id === subscription.plan.id}
                {...(action
                  ? {
                      action,
                      onAction: () => {
                        setOutcome(null);
                        setChanging(plan);
                      },
                    }
                  : {})}
              />
            </li>
          );
        })}
      </ul>
      {changing ? (
        <ChangePlanDialog
          plan={changing}
          subscription={subscription}
          onClose={() => setChanging(null)}
          onChanged={(message) => {
            outcomeFocus.request();
            setOutcome(message);
          }}
        />
      ) : null}
    </Panel>
  );
}
