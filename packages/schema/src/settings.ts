/**
 * Rules for organization settings and environments that both the API (which enforces them) and
 * the console (which checks and offers them before sending) read from one place.
 */

/** The font families branding may choose; null means the console's default. */
export const FONT_FAMILIES = [
  'system-ui',
  'Inter',
  'Roboto',
  'Source Sans 3',
  'IBM Plex Sans',
  'Georgia',
  'Merriweather',
] as const;

/** A branding colour: `#` and six hex digits (stored lowercase). */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** The longest banner message, in characters of plain text. */
export const BANNER_MESSAGE_MAX_LENGTH = 500;

/**
 * Whether `value` is a tracing sample rate: 0.00 to 1.00 in hundredths. Compared with a
 * tolerance, since most hundredths (0.07, 0.57, …) have no exact binary form.
 */
export function isSampleRate(value: number): boolean {
  const hundredths = value * 100;
  return value >= 0 && value <= 1 && Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
}

/** The range of tracing retention, in days. */
export const TRACE_RETENTION_DAYS = { min: 1, max: 3650 } as const;

/** Where an environment can run. */
export const DEPLOYMENT_HOSTS = ['localhost', 'cloudrun', 'aws'] as const;
export type DeploymentHostId = (typeof DEPLOYMENT_HOSTS)[number];

/** An environment's execution backend setting, as its form asks for it. */
export interface ExecutionSettingRule {
  readonly key: 'port' | 'region' | 'service' | 'cluster';
  readonly label: string;
  readonly pattern: RegExp;
  /** What the value must look like, as a predicate ("must be …"). */
  readonly message: string;
  readonly example: string;
  /** Whether the host runs without it (otherwise it is required). */
  readonly optional?: boolean;
}

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** The execution settings each host takes; any other key is refused. */
export const EXECUTION_SETTINGS: Readonly<Record<DeploymentHostId, readonly ExecutionSettingRule[]>> = {
  localhost: [
    {
      key: 'port',
      label: 'Port',
      pattern: /^([1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/,
      message: 'must be a port number from 1 to 65535',
      example: '8080',
      optional: true,
    },
  ],
  cloudrun: [
    {
      key: 'region',
      label: 'Region',
      pattern: /^[a-z]+-[a-z]+\d$/,
      message: 'must be a Cloud Run region such as europe-west1',
      example: 'europe-west1',
    },
    {
      key: 'service',
      label: 'Service',
      pattern: NAME,
      message: 'must be a service name (lowercase letters, digits, dashes)',
      example: 'api',
    },
  ],
  aws: [
    {
      key: 'region',
      label: 'Region',
      pattern: /^[a-z]{2}(-gov)?-[a-z]+-\d$/,
      message: 'must be an AWS region such as eu-west-1',
      example: 'eu-west-1',
    },
    {
      key: 'cluster',
      label: 'Cluster',
      pattern: NAME,
      message: 'must be a cluster name (lowercase letters, digits, dashes)',
      example: 'main',
    },
  ],
};
