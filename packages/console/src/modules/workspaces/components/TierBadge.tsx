import type { EnvironmentTier } from '@orgplane/schema/generated/graphql';
import { tierInfo } from '../utils/environments.ts';

/** An environment's tier as a badge: a distinct colour per tier, and always its name in words. */
export function TierBadge({ tier }: { readonly tier: EnvironmentTier }) {
  const info = tierInfo(tier);
  return (
    <span className={`badge tier-badge tier-badge--${info.short}`} data-tier={info.short}>
      <span className="tier-badge__mark" aria-hidden="true" />
      {info.label}
    </span>
  );
}
