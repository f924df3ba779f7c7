import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { inject } from 'vitest';
import { createDatabaseIfMissing } from '../../src/database/database.ts';
import { withDatabase } from './postgres.global-setup.ts';

/** A fresh database cloned from the migrated template; its URL. One per test file is the habit. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `test_${randomBytes(8).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name, inject('postgresTemplate'));
  return withDatabase(adminUrl, name);
}

/** How many sessions of the database `client` is connected to wait for a lock now. */
export async function sessionsWaitingForLocks(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ waiting: number }>(
    "select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
  );
  return rows[0]!.waiting;
}
