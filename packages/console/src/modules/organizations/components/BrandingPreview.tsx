import { useId } from 'react';
import type { CSSProperties } from 'react';
import { brandingProperties } from '../utils/branding.ts';
import type { Branding } from '../utils/branding.ts';

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
      <h3 id={titleId} className="branding-preview__title">
        Preview
      </h3>
      <p className="branding-preview__lead">Follows your edits; members see nothing until you save.</p>
      <div className="branding-preview__frame" style={style}>
        <div className="branding-preview__header">
          <span className="branding-preview__brand">
            <span className="brand__mark" aria-hidden="true" />
            {organizationName}
          </span>
          <span className="branding-preview__nav" aria-hidden="true">
            <span className="branding-preview__link branding-preview__link--active">Settings</span>
            <span className="branding-preview__link">Members</span>
          </span>
        </div>
        <div className="branding-preview__body">
          <p className="branding-preview__text">
            Buttons, <span className="branding-preview__anchor">links</span> and highlights take these colours.
          </p>
          <div className="branding-preview__controls">
            <span className="button branding-preview__button">Primary button</span>
            <span className="button button--secondary">Secondary</span>
            <span className="badge badge--accent">Badge</span>
          </div>
        </div>
      </div>
    </section>
  );
}
