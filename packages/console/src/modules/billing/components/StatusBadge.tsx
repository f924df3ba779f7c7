import type { SubscriptionStatus } from '@orgplane/schema/generated/graphql';
import { statusBadge } from '../utils/billing.ts';

/** "Trial", "Active", "Suspended", "Cancelled" or "Expired", in the status's tone. */
export function StatusBadge({ status }: { readonly status: SubscriptionStatus }) {
  const { label, tone } = statusBadge(status);
  return (
    <span className={`badge badge--${tone}`} data-status={status}>
      {label}
    </span>
  );
}
