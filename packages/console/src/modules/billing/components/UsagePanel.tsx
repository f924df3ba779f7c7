import type { SubscriptionFieldsFragment } from '@orgplane/schema/generated/graphql';
import { Panel } from '../../../ui/Panel.tsx';
import { formatCount, formatLimit, LIMITS } from '../utils/billing.ts';
import styles from './billing.module.css';

interface UsagePanelProps {
  readonly subscription: SubscriptionFieldsFragment;
}

/** "1 pending invitation", "3 active members". */
function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** One limit: what is used of it ("3 of 25"), a bar, and a word when it is reached. */
function UsageRow({
  label,
  used,
  limit,
  detail,
}: {
  readonly label: string;
  readonly used: number;
  readonly limit: number | null;
  readonly detail?: string;
}) {
  const reached = limit !== null && used >= limit;
  const share = limit === null || limit === 0 ? 0 : Math.min(1, used / limit);
  return (
    <li className={styles.usageRow}>
      <div className={styles.usageHeader}>
        <span className={styles.usageLabel}>{label}</span>
        <span className={styles.usageValue}>
          {limit === null
            ? `${formatCount(used)} · ${formatLimit(limit)}`
            : `${formatCount(used)} of ${formatCount(limit)}`}
          {reached ? (
            <span className="badge badge--warning">{used > limit ? 'Over the limit' : 'Limit reached'}</span>
          ) : null}
        </span>
      </div>
      {limit === null ? null : (
        <div className={`${styles.usageBar}${reached ? ` ${styles.usageBarFull}` : ''}`} aria-hidden="true">
          <span style={{ width: `${share * 100}%` }} />
        </div>
      )}
      {detail ? <span className="field__hint">{detail}</span> : null}
    </li>
  );
}

/** Members (pending invitations included), workspaces and API keys against the plan's limits. */
export function UsagePanel({ subscription }: UsagePanelProps) {
  const { usage, plan } = subscription;
  const used = {
    maxActiveMembers: usage.activeMembers + usage.pendingInvitations,
    maxWorkspaces: usage.workspaces,
    maxApiKeys: usage.apiKeys,
  };
  return (
    <Panel title="Usage" description={`What the organization uses now, against the limits of the ${plan.name} plan.`}>
      <ul className={styles.usageList}>
        {LIMITS.map((limit) => (
          <UsageRow
            key={limit.key}
            label={limit.label}
            used={used[limit.key]}
            limit={plan.entitlements[limit.key]}
            {...(limit.key === 'maxActiveMembers'
              ? {
                  detail: `${plural(usage.activeMembers, 'active member', 'active members')} and ${plural(usage.pendingInvitations, 'pending invitation', 'pending invitations')}.`,
                }
              : limit.key === 'maxApiKeys'
                ? { detail: 'Keys that work: neither revoked nor expired.' }
                : {})}
          />
        ))}
      </ul>
    </Panel>
  );
}
