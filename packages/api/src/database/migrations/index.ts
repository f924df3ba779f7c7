import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_foundation } from './Migration20261122000000_foundation.ts';
import { Migration20261122010000_identity } from './Migration20261122010000_identity.ts';
import { Migration20261122020000_members } from './Migration20261122020000_members.ts';
import { Migration20261122030000_organization_settings } from './Migration20261122030000_organization_settings.ts';
import { Migration20261122040000_workspaces } from './Migration20261122040000_workspaces.ts';
import { Migration20261122050000_organization_lifecycle } from './Migration20261122050000_organization_lifecycle.ts';
import { Migration20261122060000_api_keys } from './Migration20261122060000_api_keys.ts';
import { Migration20261122070000_workspace_access } from './Migration20261122070000_workspace_access.ts';
import { Migration20261202010000_owner_guarantee } from './Migration20261202010000_owner_guarantee.ts';
import { Migration20261202020000_idempotency } from './Migration20261202020000_idempotency.ts';
import { Migration20261202030000_attempt_limits } from './Migration20261202030000_attempt_limits.ts';
import { Migration20261202040000_mfa_refresh } from './Migration20261202040000_mfa_refresh.ts';
import { Migration20261202090000_row_level_security } from './Migration20261202090000_row_level_security.ts';
import { Migration20261202110000_outbox_throughput } from './Migration20261202110000_outbox_throughput.ts';

/** Every migration, in order. Listed statically: loading `.ts` files from disk fails under node. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122000000_foundation', class: Migration20261122000000_foundation },
  { name: 'Migration20261122010000_identity', class: Migration20261122010000_identity },
  { name: 'Migration20261122020000_members', class: Migration20261122020000_members },
  { name: 'Migration20261122030000_organization_settings', class: Migration20261122030000_organization_settings },
  { name: 'Migration20261122040000_workspaces', class: Migration20261122040000_workspaces },
  { name: 'Migration20261122050000_organization_lifecycle', class: Migration20261122050000_organization_lifecycle },
  { name: 'Migration20261122060000_api_keys', class: Migration20261122060000_api_keys },
  { name: 'Migration20261122070000_workspace_access', class: Migration20261122070000_workspace_access },
  { name: 'Migration20261202010000_owner_guarantee', class: Migration20261202010000_owner_guarantee },
  { name: 'Migration20261202020000_idempotency', class: Migration20261202020000_idempotency },
  { name: 'Migration20261202030000_attempt_limits', class: Migration20261202030000_attempt_limits },
  { name: 'Migration20261202040000_mfa_refresh', class: Migration20261202040000_mfa_refresh },
  { name: 'Migration20261202090000_row_level_security', class: Migration20261202090000_row_level_security },
  { name: 'Migration20261202110000_outbox_throughput', class: Migration20261202110000_outbox_throughput },
];
