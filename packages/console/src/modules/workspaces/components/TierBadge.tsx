import type { EnvironmentTier } from '@orgplane/schema/generated/graphql';
import { tierInfo } from '../utils/environments.ts';
import styles from './workspaces.module.css';

/** Each tier's own colour and mark. */
const TIER_CLASSES = { dev: styles.tierBadgeDev, stage: styles.tierBadgeStage, prod: styles.tierBadgeProd };

/** An environment's tier as a badge: a distinct colour per tier, and always its name in words. */
export function TierBadge({ tier }: { readonly tier: EnvironmentTier }) {
  const info = tierInfo(tier);
  return (
    <span className={`badge ${styles.tierBadge} ${TIER_CLASSES[info.short]}`} data-tier={info.short}>
      <span className={styles.tierBadgeMark} aria-hidden="true" />
      {info.label}
    </span>
  );
}
