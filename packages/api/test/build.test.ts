import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../scripts/build.ts';
import { startApiProcess, type ApiProcess } from './support/api-process.ts';
import { createTestDatabase } from './support/database.ts';
import { as, signUpUser } from './support/identity.ts';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The production build runs: the API built by `scripts/build.ts` (into a folder of its own, where
 * node finds the API's node_modules as it does from dist/) starts on plain node in production mode
 * and serves a sign-up, a sign-in and a signed-in query in a tenant — decorators, entities, the
 * workspace schema package and row-level security, all from the compiled output.
 */
describe('the production build', () => {
  let outDir: string;
  let api: ApiProcess;
  beforeAll(async () => {
    await mkdir(path.join(API_ROOT, 'node_modules/.cache'), { recursive: true });
    outDir = await mkdtemp(path.join(API_ROOT, 'node_modules/.cache/build-test-'));
    await buildApi(outDir);
    api = await startApiProcess(
      {
        NODE_ENV: 'production',
        DATABASE_URL: await createTestDatabase(),
        JWT_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        JWT_KEY_ID: 'build-test',
        DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      },
      { built: path.join(outDir, 'main.js') },
    );
  });
  afterAll(async () => {
    await api?.stop();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('serves a signed-in query on plain node', async () => {
    const owner = await signUpUser(api);
    const response = await api.graphql<{ viewer: { role: string } }>(
      '{ viewer { role } }',
      undefined,
      as(owner, owner.orgId),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.viewer.role).toBe('OWNER');
  });
});
