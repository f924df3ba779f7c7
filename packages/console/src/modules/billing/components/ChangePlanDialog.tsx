import type { BillingCycle, PlanFieldsFragment, SubscriptionFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useId } from 'react';
import { ChoiceList } from '../../../ui/ChoiceList.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { formatDay } from '../../../ui/formatDate.ts';
import { useForm } from '../../../ui/useForm.ts';
import { useChangeSubscriptionPlan } from '../hooks/useBillingMutations.ts';
import {
  addMonths,
  cycleLabel,
  formatCount,
  formatLimit,
  formatPrice,
  LIMITS,
  offerFor,
  type PlanCycle,
} from '../utils/billing.ts';
import styles from './billing.module.css';

interface ChangePlanDialogProps {
  /** The plan chosen on the comparison. */
  readonly plan: PlanFieldsFragment;
  readonly subscription: SubscriptionFieldsFragment;
  readonly onClose: () => void;
  /** After the change, with a sentence saying what happened. */
  readonly onChanged: (message: string) => void;
}

/** What the organization uses of each limit now. */
function usedOf(subscription: SubscriptionFieldsFragment): Record<(typeof LIMITS)[number]['key'], number> {
  const { usage } = subscription;
  return {
    maxActiveMembers: usage.activeMembers + usage.pendingInvitations,
    maxWorkspaces: usage.workspaces,
    maxApiKeys: usage.apiKeys,
  };
}

/** What the organization pays now, for the "from" side of the price change. */
function currentPrice(subscription: SubscriptionFieldsFragment): string {
  if (subscription.status === 'TRIAL') return 'Free trial';
  if (subscription.status !== 'ACTIVE') return 'None';
  const offer = offerFor(subscription.plan, subscription.billingCycle);
  return offer ? formatPrice(offer) : 'Agreed with sales';
}

/**
 * Chooses a billing cycle for `plan` and says what changes before anything is sent: the price,
 * the limits (and which the organization already uses more of), and whether a new period starts
 * now (from a trial, a cancelled or expired subscription, or a different cycle) or the current
 * one carries on.
 */
export function ChangePlanDialog({ plan, subscription, onClose, onChanged }: ChangePlanDialogProps) {
  const [change] = useChangeSubscriptionPlan();
  const summaryId = useId();
  const active = subscription.status === 'ACTIVE';
  const isCurrentPlan = plan.id === subscription.plan.id;
  // The plan and cycle in force already is no change: not offered.
  const offers = plan.cycles.filter((offer) => !(active && isCurrentPlan && offer.cycle === subscription.billingCycle));
  /** Whether choosing `offer` starts a new period now: from a trial, cancelled or expired, or a new cycle. */
  const renews = (offer: PlanCycle) => !active || offer.cycle !== subscription.billingCycle;
  const initialCycle =
    offers.find((offer) => offer.cycle === subscription.billingCycle)?.cycle ?? offers[0]?.cycle ?? 'MONTHLY';
  const form = useForm({
    initialValues: { billingCycle: initialCycle as string },
    validate: ({ billingCycle }) => ({
      billingCycle: offers.some((offer) => offer.cycle === billingCycle) ? undefined : 'Choose a billing cycle.',
    }),
    paths: { 'input.billingCycle': 'billingCycle' },
    onSubmit: async ({ billingCycle }) => {
      const offer = offers.find((candidate) => candidate.cycle === billingCycle);
      if (!offer) return;
      const { data } = await change({ variables: { input: { planId: plan.id, billingCycle: offer.cycle } } });
      const after = data?.changeSubscriptionPlan?.subscription;
      if (!after) return;
      const period = renews(offer)
        ? `A new period started today and runs until ${formatDay(after.currentPeriodEnd)}.`
        : `The current period continues until ${formatDay(after.currentPeriodEnd)}.`;
      onChanged(`You are on the ${after.plan.name} plan, billed ${cycleLabel(offer.cycle).toLowerCase()}. ${period}`);
      onClose();
    },
  });

  const chosen: PlanCycle | undefined = offers.find((offer) => offer.cycle === form.values.billingCycle);
  const used = usedOf(subscription);
  const over = LIMITS.filter((limit) => {
    const max = plan.entitlements[limit.key];
    return max !== null && used[limit.key] > max;
  });

  const verb = !isCurrentPlan && active ? 'Switch to' : 'Choose';
  const title = active && isCurrentPlan ? `Change the billing cycle of ${plan.name}?` : `${verb} ${plan.name}?`;
  const confirmLabel = active && isCurrentPlan ? 'Change billing cycle' : `${verb} ${plan.name}`;

  return (
    <Dialog title={title} description={plan.description} onClose={() => (form.submitting ? undefined : onClose())}>
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <ChoiceList<BillingCycle>
          legend="Billing cycle"
          options={offers.map((offer) => ({
            value: offer.cycle,
            label: cycleLabel(offer.cycle),
            description: `${formatPrice(offer)} · ${formatCount(plan.includedCredits)} credits included per period`,
          }))}
          value={form.values.billingCycle}
          onChange={(value) => form.setValue('billingCycle', value)}
          error={form.errors.billingCycle}
          autoFocus
        />
        {chosen ? (
          <section className={styles.changeSummary} aria-labelledby={summaryId}>
            <h3 id={summaryId} className={styles.changeSummaryTitle}>
              What changes
            </h3>
            <table className={styles.changeTable}>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">What</span>
                  </th>
                  <th scope="col">Now</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Price</th>
                  <td>{currentPrice(subscription)}</td>
                  <td>{formatPrice(chosen)}</td>
                </tr>
                <tr>
                  <th scope="row">Included credits</th>
                  <td>{formatCount(subscription.plan.includedCredits)}</td>
                  <td>{formatCount(plan.includedCredits)}</td>
                </tr>
                {LIMITS.map((limit) => (
                  <tr key={limit.key}>
                    <th scope="row">{limit.label}</th>
                    <td>{formatLimit(subscription.plan.entitlements[limit.key])}</td>
                    <td>{formatLimit(plan.entitlements[limit.key])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              {renews(chosen)
                ? `${subscription.status === 'TRIAL' ? 'The trial ends and a' : 'A'} new ${cycleLabel(chosen.cycle).toLowerCase()} period starts now and runs until ${formatDay(addMonths(new Date(), chosen.months))}; the included credits start again.`
                : `The plan changes at once; the current period continues until ${formatDay(subscription.currentPeriodEnd)}.`}
            </p>
            {over.length ? (
              <p className={styles.changeWarning}>
                <span aria-hidden="true">⚠ </span>
                The organization already has more {over.map((limit) => limit.noun).join(' and ')} than {plan.name}{' '}
                allows. Nothing is removed, but no more can be added until it is under the limit.
              </p>
            ) : null}
          </section>
        ) : null}
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel="Changing…" onCancel={onClose}>
          {confirmLabel}
        </FormActions>
      </form>
    </Dialog>
  );
}
