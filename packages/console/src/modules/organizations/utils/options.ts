import { FONT_FAMILIES } from '@orgplane/schema';
import type { BannerVariant, SupportTier, TraceMode } from '@orgplane/schema/generated/graphql';

/** The support plans, as the general settings offer them. */
export const SUPPORT_TIER_OPTIONS: readonly { value: SupportTier; label: string }[] = [
  { value: 'COMMUNITY', label: 'Community' },
  { value: 'STANDARD', label: 'Standard' },
  { value: 'PREMIUM', label: 'Premium' },
  { value: 'ENTERPRISE', label: 'Enterprise' },
];

/** How prominent a banner is, with what each looks like. */
export const BANNER_VARIANT_OPTIONS: readonly { value: BannerVariant; label: string; description: string }[] = [
  { value: 'INFO', label: 'Information', description: 'News and notes; read out politely.' },
  { value: 'WARNING', label: 'Warning', description: 'Something people should act on soon.' },
  { value: 'ERROR', label: 'Error', description: 'An outage or something urgent; read out at once.' },
];

/** Which requests are traced, with what each means. */
export const TRACE_MODE_OPTIONS: readonly { value: TraceMode; label: string; description: string }[] = [
  { value: 'ALL', label: 'All requests', description: 'Every request is traced.' },
  { value: 'ERRORS_ONLY', label: 'Errors only', description: 'Only requests that fail are traced.' },
  { value: 'SAMPLED', label: 'Sampled', description: 'A share of requests, set by the sample rate, is traced.' },
  { value: 'NONE', label: 'None', description: 'Nothing is traced.' },
];

/** The font families branding offers, after "Default" (the console's own). */
export const FONT_OPTIONS: readonly { value: string; label: string }[] = [
  { value: '', label: 'Default' },
  ...FONT_FAMILIES.map((family) => ({ value: family, label: family === 'system-ui' ? 'System UI' : family })),
];
