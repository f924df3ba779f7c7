import type { ReactNode } from 'react';
import type { BannerVariant } from '@orgplane/schema/generated/graphql';
import styles from './organizations.module.css';

interface BannerMessageProps {
  readonly message: string;
  readonly variant: BannerVariant;
  /** A control after the message, such as Dismiss. */
  readonly action?: ReactNode;
  /** Leave the message out of the accessibility tree's live regions (for previews). */
  readonly quiet?: boolean;
}

const LABELS: Record<BannerVariant, string> = { INFO: 'Information', WARNING: 'Warning', ERROR: 'Important' };
const TONES: Record<BannerVariant, string | undefined> = {
  INFO: undefined,
  WARNING: styles.orgBannerToneWarning,
  ERROR: styles.orgBannerToneError,
};

/**
 * An organization's banner message as members see it: plain text (never markup), coloured by
 * variant. An error is read out at once, the others politely.
 */
export function BannerMessage({ message, variant, action, quiet = false }: BannerMessageProps) {
  const live = quiet ? {} : { role: variant === 'ERROR' ? 'alert' : 'status' };
  return (
    <div className={[styles.orgBanner, TONES[variant]].filter(Boolean).join(' ')}>
      <div className={styles.orgBannerInner}>
        <p className={styles.orgBannerMessage} {...live}>
          <span className={styles.orgBannerLabel}>{LABELS[variant]}:</span> {message}
        </p>
        {action}
      </div>
    </div>
  );
}
