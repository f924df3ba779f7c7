import { randomBytes } from 'node:crypto';
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
