import type { MigrationObject } from '@mikro-orm/core';

/** A migration's name (as recorded in `mikro_orm_migrations`) and how to load its class. */
interface MigrationEntry {
  readonly name: string;
  load(): Promise<MigrationObject['class']>;
}

/**
 * Every migration, in order. Listed statically (loading `.ts` files from disk fails under node),
 * and loaded only when one is pending: a migration class extends `@mikro-orm/migrations`, whose
 * loading (umzug and its command line) is a good part of the API's start-up otherwise.
 */
export const MIGRATIONS: readonly MigrationEntry[] = [
  {
    name: 'Migration20261122000000_foundation',
    load: async () => (await import('./Migration20261122000000_foundation.ts')).Migration20261122000000_foundation,
  },
  {
    name: 'Migration20261122010000_identity',
    load: async () => (await import('./Migration20261122010000_identity.ts')).Migration20261122010000_identity,
  },
  {
    name: 'Migration20261122020000_members',
    load: async () => (await import('./Migration20261122020000_members.ts')).Migration20261122020000_members,
  },
  {
    name: 'Migration20261122030000_organization_settings',
    load: async () =>
      (await import('./Migration20261122030000_organization_settings.ts'))
        .Migration20261122030000_organization_settings,
  },
  {
    name: 'Migration20261122040000_workspaces',
    load: async () => (await import('./Migration20261122040000_workspaces.ts')).Migration20261122040000_workspaces,
  },
  {
    name: 'Migration20261122050000_organization_lifecycle',
    load: async () =>
      (await import('./Migration20261122050000_organization_lifecycle.ts'))
        .Migration20261122050000_organization_lifecycle,
  },
  {
    name: 'Migration20261122060000_api_keys',
    load: async () => (await import('./Migration20261122060000_api_keys.ts')).Migration20261122060000_api_keys,
  },
  {
    name: 'Migration20261122070000_workspace_access',
    load: async () =>
      (await import('./Migration20261122070000_workspace_access.ts')).Migration20261122070000_workspace_access,
  },
  {
    name: 'Migration20261202010000_owner_guarantee',
    load: async () =>
      (await import('./Migration20261202010000_owner_guarantee.ts')).Migration20261202010000_owner_guarantee,
  },
  {
    name: 'Migration20261202020000_idempotency',
    load: async () => (await import('./Migration20261202020000_idempotency.ts')).Migration20261202020000_idempotency,
  },
  {
    name: 'Migration20261202030000_attempt_limits',
    load: async () =>
      (await import('./Migration20261202030000_attempt_limits.ts')).Migration20261202030000_attempt_limits,
  },
  {
    name: 'Migration20261202040000_mfa_refresh',
    load: async () => (await import('./Migration20261202040000_mfa_refresh.ts')).Migration20261202040000_mfa_refresh,
  },
  {
    name: 'Migration20261202090000_row_level_security',
    load: async () =>
      (await import('./Migration20261202090000_row_level_security.ts')).Migration20261202090000_row_level_security,
  },
  {
    name: 'Migration20261202110000_outbox_throughput',
    load: async () =>
      (await import('./Migration20261202110000_outbox_throughput.ts')).Migration20261202110000_outbox_throughput,
  },
  {
    name: 'Migration20261203010000_subscriptions',
    load: async () =>
      (await import('./Migration20261203010000_subscriptions.ts')).Migration20261203010000_subscriptions,
  },
  {
    name: 'Migration20261203020000_usage_events',
    load: async () => (await import('./Migration20261203020000_usage_events.ts')).Migration20261203020000_usage_events,
  },
  {
    name: 'Migration20261203030000_usage_rollups',
    load: async () =>
      (await import('./Migration20261203030000_usage_rollups.ts')).Migration20261203030000_usage_rollups,
  },
  {
    name: 'Migration20261203040000_usage_models',
    load: async () => (await import('./Migration20261203040000_usage_models.ts')).Migration20261203040000_usage_models,
  },
  {
    name: 'Migration20261203050000_usage_alerts',
    load: async () => (await import('./Migration20261203050000_usage_alerts.ts')).Migration20261203050000_usage_alerts,
  },
  {
    name: 'Migration20261203060000_billing_periods',
    load: async () =>
      (await import('./Migration20261203060000_billing_periods.ts')).Migration20261203060000_billing_periods,
  },
  {
    name: 'Migration20261203070000_webhooks',
    load: async () => (await import('./Migration20261203070000_webhooks.ts')).Migration20261203070000_webhooks,
  },
  {
    name: 'Migration20261203080000_exports',
    load: async () => (await import('./Migration20261203080000_exports.ts')).Migration20261203080000_exports,
  },
  {
    name: 'Migration20261203090000_alert_webhook_channel',
    load: async () =>
      (await import('./Migration20261203090000_alert_webhook_channel.ts'))
        .Migration20261203090000_alert_webhook_channel,
  },
];
