import { useId } from 'react';
import type { CSSProperties } from 'react';
import { brandingProperties } from '../utils/branding.ts';
import type { Branding } from '../utils/branding.ts';
import styles from './organizations.module.css';

interface BrandingPreviewProps {
  /** The branding as being edited, unsaved; invalid or empty colours show the defaults. */
  readonly branding: Branding;
  readonly organizationName: string;
}

/**
 * A miniature of the console in the branding being edited: header with the brand mark, the
 * active navigation link, a button, a link and a badge. It sets the same custom properties the
 * console will, on itself only, so it shows what saving will look like.
 */
export function BrandingPreview({ branding, organizationName }: BrandingPreviewProps) {
  const titleId = useId();
  const style = brandingProperties(branding, { withDefaults: true }) as CSSProperties;
  return (
    <section className="branding-preview" aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.brandingPreviewTitle}>
        Preview
      </h3>
      <p className={styles.brandingPreviewLead}>Follows your edits; members see nothing until you save.</p>
      <div className={styles.brandingPreviewFrame} style={style}>
        <div className={styles.brandingPreviewHeader}>
          <span className={styles.brandingPreviewBrand}>
            <span className="brand__mark" aria-hidden="true" />
            {organizationName}
          </span>
          <span className={styles.brandingPreviewNav} aria-hidden="true">
            <span className={`${styles.brandingPreviewLink} ${styles.brandingPreviewLinkActive}`}>Settings</span>
            <span className={styles.brandingPreviewLink}>Members</span>
          </span>
        </div>
        <div className={styles.brandingPreviewBody}>
          <p className={styles.brandingPreviewText}>
            Buttons, <span className={styles.brandingPreviewAnchor}>links</span> and highlights take these colours.
          </p>
          <div className={styles.brandingPreviewControls}>
            <span className="button branding-preview__button">Primary button</span>
            <span className="button button--secondary">Secondary</span>
            <span className="badge badge--accent">Badge</span>
          </div>
        </div>
      </div>
    </section>
  );
}
