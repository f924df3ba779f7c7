import { useEffect } from 'react';
import { BRANDING_PROPERTY_NAMES } from '../utils/branding.ts';
import type { BrandingProperties } from '../utils/branding.ts';

/**
 * Sets branding's custom properties on the document's root element, so the whole console picks
 * them up, and removes every one of them again when the branding changes or goes away.
 */
export function useBrandingProperties(properties: BrandingProperties): void {
  const key = JSON.stringify(properties);
  useEffect(() => {
    const root = document.documentElement;
    const entries = Object.entries(JSON.parse(key) as Record<string, string>);
    for (const [name, value] of entries) root.style.setProperty(name, value);
    return () => {
      for (const name of BRANDING_PROPERTY_NAMES) root.style.removeProperty(name);
    };
  }, [key]);
}
