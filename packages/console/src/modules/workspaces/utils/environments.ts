import { DEPLOYMENT_HOSTS, EXECUTION_SETTINGS } from '@orgplane/schema';
import type { DeploymentHostId, ExecutionSettingRule } from '@orgplane/schema';
import type { DeploymentHost, EnvironmentTier, ExecutionSettingsInput } from '@orgplane/schema/generated/graphql';

/** The tiers, from least to most critical, as the API spells them, with their labels. */
export const TIERS = [
  { value: 'DEV', label: 'Development', short: 'dev' },
  { value: 'STAGE', label: 'Staging', short: 'stage' },
  { value: 'PROD', label: 'Production', short: 'prod' },
] as const satisfies readonly { value: EnvironmentTier; label: string; short: string }[];

/** One tier as `TIERS` describes it. */
export type TierInfo = (typeof TIERS)[number];

/** The description of a tier as the API spells it. */
export function tierInfo(tier: EnvironmentTier): TierInfo {
  return TIERS.find((entry) => entry.value === tier) ?? TIERS[0];
}

const HOST_LABELS = {
  localhost: 'Localhost',
  cloudrun: 'Cloud Run',
  aws: 'AWS',
} as const satisfies Record<DeploymentHostId, string>;

const WIRE_HOSTS = {
  localhost: 'LOCALHOST',
  cloudrun: 'CLOUDRUN',
  aws: 'AWS',
} as const satisfies Record<DeploymentHostId, DeploymentHost>;

/** The deployment hosts in the shared order, with their labels, for a select. */
export const HOST_OPTIONS: readonly { value: DeploymentHostId; label: string }[] = DEPLOYMENT_HOSTS.map((host) => ({
  value: host,
  label: HOST_LABELS[host],
}));

/** The API's spelling (`AWS`) of a host id (`aws`). */
export function toWireHost(host: DeploymentHostId): DeploymentHost {
  return WIRE_HOSTS[host];
}

/** The host id (`aws`) of a host as the API spells it (`AWS`). */
export function fromWireHost(host: DeploymentHost): DeploymentHostId {
  return DEPLOYMENT_HOSTS.find((id) => WIRE_HOSTS[id] === host) ?? 'localhost';
}

/** "Cloud Run" for `CLOUDRUN`. */
export function hostLabel(host: DeploymentHost): string {
  return HOST_LABELS[fromWireHost(host)];
}

/** Every execution setting key any host takes: the fields an environment form holds. */
export type SettingKey = ExecutionSettingRule['key'];

/** The value of one setting as stored, as text for a form field ('' when unset). */
export function settingText(settings: Readonly<Record<string, unknown>>, key: SettingKey): string {
  const value = settings[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** "Region eu-west-1 · Cluster main": what an environment's execution settings say, in a line. */
export function settingsSummary(host: DeploymentHost, settings: Readonly<Record<string, unknown>>): string {
  const parts = EXECUTION_SETTINGS[fromWireHost(host)].flatMap((rule) => {
    const value = settingText(settings, rule.key);
    return value ? [`${rule.label} ${value}`] : [];
  });
  return parts.length ? parts.join(' · ') : 'Default settings';
}

/** "Must be an AWS region such as eu-west-1": the shared rule's predicate as a sentence. */
function asSentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** What is wrong with a setting's value by the shared rule, or undefined. */
export function settingProblem(rule: ExecutionSettingRule, text: string): string | undefined {
  const value = text.trim();
  if (!value) return rule.optional ? undefined : `Enter the ${rule.label.toLowerCase()}, such as ${rule.example}.`;
  return rule.pattern.test(value) ? undefined : `${asSentence(rule.message)}.`;
}

/** The settings `host` takes, from form values, as the API expects them (a port is a number). */
export function settingsInput(
  host: DeploymentHostId,
  values: Readonly<Record<SettingKey, string>>,
): ExecutionSettingsInput {
  const input: ExecutionSettingsInput = {};
  for (const rule of EXECUTION_SETTINGS[host]) {
    const value = values[rule.key].trim();
    if (!value) continue;
    if (rule.key === 'port') input.port = Number(value);
    else input[rule.key] = value;
  }
  return input;
}
