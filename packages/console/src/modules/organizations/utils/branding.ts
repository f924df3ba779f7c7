import { HEX_COLOR } from '@orgplane/schema';

/** An organization's branding as the API returns it: `#rrggbb` colours and a font family, each null for the default. */
export interface Branding {
  readonly primaryColor: string | null;
  readonly secondaryColor: string | null;
  readonly accentColor: string | null;
  readonly fontFamily: string | null;
}

/** The CSS custom properties branding sets, by name. */
export type BrandingProperties = Readonly<Record<string, string>>;

/** Every custom property `brandingProperties` may set, so they can all be removed again. */
export const BRANDING_PROPERTY_NAMES = [
  '--accent',
  '--accent-text',
  '--accent-contrast',
  '--accent-soft',
  '--brand-primary',
  '--brand-secondary',
  '--brand-font',
] as const;

/** Font families that are serif faces fall back to serif ones. */
const SERIF_FAMILIES: ReadonlySet<string> = new Set(['Georgia', 'Merriweather']);

/** The colour as `#rrggbb` in lowercase, or null when it is empty or not a hex colour. */
export function normalizeHex(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return HEX_COLOR.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** The console's surfaces behind accent-coloured text, in the light and the dark scheme. */
const SURFACES = { light: '#ffffff', dark: '#171c25' } as const;

/** `hex` mixed with `toward` (`#rrggbb`), `share` of the way (0 to 1). */
function mix(hex: string, toward: string, share: number): string {
  const channel = (color: string, offset: number) => Number.parseInt(color.slice(offset, offset + 2), 16);
  return `#${[1, 3, 5]
    .map((offset) => Math.round(channel(hex, offset) * (1 - share) + channel(toward, offset) * share))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * `color` as text on `background` with at least WCAG AA contrast (4.5:1): unchanged when it
 * already reads, else darkened (on a light background) or lightened (on a dark one) just enough.
 */
export function legibleOn(color: string, background: string, minimum = 4.5): string {
  const toward = relativeLuminance(background) > 0.5 ? '#000000' : '#ffffff';
  for (let share = 0; share <= 1; share += 0.05) {
    const candidate = mix(color, toward, share);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return toward;
}

/**
 * A CSS `font-family` value for a branding font: the family first, then a fallback of the same
 * kind, so a font the machine lacks still reads sensibly.
 */
function fontStack(family: string): string {
  if (family === 'system-ui') return 'system-ui, var(--font-sans)';
  const quoted = `"${family.replace(/["\\]/g, '')}"`;
  return SERIF_FAMILIES.has(family)
    ? `${quoted}, Georgia, Cambria, 'Times New Roman', 'DejaVu Serif', serif`
    : `${quoted}, var(--font-sans)`;
}

/**
 * The console's own values (styles.css keeps them as `--console-*`), for a preview that must show
 * the defaults even inside a console that carries another branding.
 */
const CONSOLE_DEFAULTS: BrandingProperties = {
  '--accent': 'var(--console-accent)',
  '--accent-text': 'var(--console-accent)',
  '--accent-contrast': 'var(--console-accent-contrast)',
  '--accent-soft': 'var(--console-accent-soft)',
  '--brand-primary': 'var(--console-accent)',
  '--brand-secondary': 'var(--text)',
  '--brand-font': 'var(--font-sans)',
};

/**
 * The custom properties that re-colour the console for a branding: the accent (buttons, links,
 * the active navigation link) from the accent colour or else the primary one, with a readable
 * text colour on it and a soft tint of it; the primary and secondary colours for the brand mark;
 * and the font. Properties for defaults are left out, so the console's own values apply, unless
 * `withDefaults` asks for them to be spelled out.
 */
export function brandingProperties(
  branding: Branding | null | undefined,
  { withDefaults = false }: { readonly withDefaults?: boolean } = {},
): BrandingProperties {
  if (!branding) return withDefaults ? CONSOLE_DEFAULTS : {};
  const primary = normalizeHex(branding.primaryColor);
  const secondary = normalizeHex(branding.secondaryColor);
  const accent = normalizeHex(branding.accentColor) ?? primary;
  const properties: Record<string, string> = {};
  if (accent) {
    properties['--accent'] = accent;
    properties['--accent-contrast'] = readableTextOn(accent);
    properties['--accent-soft'] = `color-mix(in srgb, ${accent} 14%, var(--surface))`;
    properties['--accent-text'] =
      `light-dark(${legibleOn(accent, SURFACES.light)}, ${legibleOn(accent, SURFACES.dark)})`;
  }
  const brandPrimary = primary ?? accent;
  if (brandPrimary) properties['--brand-primary'] = brandPrimary;
  if (secondary) properties['--brand-secondary'] = secondary;
  const font = branding.fontFamily?.trim();
  if (font) properties['--brand-font'] = fontStack(font);
  return withDefaults ? { ...CONSOLE_DEFAULTS, ...properties } : properties;
}
