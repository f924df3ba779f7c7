import type { ReactNode } from 'react';
import type { BannerVariant } from '@orgplane/schema/generated/graphql';

interface BannerMessageProps {
  readonly message: string;
  readonly variant: BannerVariant;
  /** A control after the message, such as Dismiss. */
  readonly action?: ReactNode;
  /** Leave the message out of the accessibility tree's live regions (for previews). */
  readonly quiet?: boolean;
}

const LABELS: Record<BannerVariant, string> = { INFO: 'Information', WARNING: 'Warning', ERROR: 'Important' };

/**
 * An organization's banner message as members see it: plain text (never markup), coloured by
 * variant. An error is read out at once, the others politely.
 */
export function BannerMessage({ message, variant, action, quiet = false }: BannerMessageProps) {
  const tone = variant.toLowerCase();
  const live = quiet ? {} : { role: variant === 'ERROR' ? 'alert' : 'status' };
  return (
    <div className={`org-banner org-banner--${tone}`}>
      <div className="org-banner__inner">
        <p className="org-banner__message" {...live}>
          <span className="org-banner__label">{LABELS[variant]}:</span> {message}
        </p>
        {action}
      </div>
    </div>
  );
}
