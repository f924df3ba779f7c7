import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepIdempotencyKeys } from '../src/graphql/idempotency.ts';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/api.ts';
import { as, codes, signUpUser, type TestUser } from './support/identity.ts';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name } }
}`;

type Created = { createApiKey: { secret: string; apiKey: { id: string; name: string } } };

/**
 * `Idempotency-Key` on mutations: a retry with the same key, from the same caller in the same
 * organization, gets the stored answer instead of running again.
 */
describe('idempotency keys', () => {
  let api: TestApi;
  let owner: TestUser;
  beforeAll(async () => {
    // Many API keys in one org: more than the default trial plan allows.
    api = await startTestApi({ TRIAL_PLAN: 'enterprise' });
    owner = await signUpUser(api);
  });
  afterAll(() => api.stop());

  const create = (user: TestUser, key: string | null, name: string, orgId = user.orgId) =>
    api.graphql<Created>(
      CREATE_KEY,
      { input: { name, scopes: ['members.read'] } },
      { ...as(user, orgId), ...(key === null ? {} : { 'idempotency-key': key }) },
    );

  const keysNamed = async (name: string) =>
    (await api.query<{ id: string }>('select id from api_key where name = $1', [name])).map((row) => row.id);

  it('replays the stored answer, status and body, without running the mutation again', async () => {
    const key = randomUUID();
    const name = `replayed ${key}`;
    const first = await create(owner, key, name);
    expect(codes(first)).toEqual([]);
    const second = await create(owner, key, name);
    expect(second).toEqual(first);
    expect(await keysNamed(name)).toEqual([first.data?.createApiKey.apiKey.id]);
  });

  it('keeps the stored answer sealed: the API key secret is not in the table', async () => {
    const key = randomUUID();
    const first = await create(owner, key, `sealed ${key}`);
    const secret = first.data?.createApiKey.secret ?? 'missing';
    const rows = await api.query<{ row: string }>('select i::text as row from idempotency_key i');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some(({ row }) => row.includes(secret) || row.includes(secret.slice(-20)))).toBe(false);
  });

  it('refuses the same key with a different request body, running nothing', async () => {
    const key = randomUUID();
    expect(codes(await create(owner, key, `first ${key}`))).toEqual([]);
    const reused = await create(owner, key, `second ${key}`);
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(reused.status).toBe(422);
    expect(await keysNamed(`second ${key}`)).toEqual([]);
  });

  it('scopes a key to its caller and to its organization', async () => {
    const other = await signUpUser(api);
    const key = randomUUID();
    const name = `scoped ${key}`;
    const mine = await create(owner, key, name);
    const theirs = await create(other, key, name);
    expect(codes(theirs)).toEqual([]);
    expect(theirs.data?.createApiKey.apiKey.id).not.toBe(mine.data?.createApiKey.apiKey.id);
    const created = await api.graphql<{ createOrganization: { organization: { id: string } } }>(
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
      { input: { name: `Second ${key.slice(0, 8)}` } },
      as(owner),
    );
    const secondOrg = created.data?.createOrganization.organization.id ?? 'missing';
    const inSecondOrg = await create(owner, key, name, secondOrg);
    expect(codes(inSecondOrg)).toEqual([]);
    const ids = [mine, theirs, inSecondOrg].map((response) => response.data?.createApiKey.apiKey.id);
    expect(new Set(ids).size).toBe(3);
    expect((await keysNamed(name)).sort()).toEqual([...ids].sort());
  });

  it('stores a domain error like a success', async () => {
    const key = randomUUID();
    const invalid = await create(owner, key, '');
    expect(codes(invalid)).toEqual(['VALIDATION_FAILED']);
    expect(await create(owner, key, '')).toEqual(invalid);
  });

  it('does not store an answer that says "try again": the retry runs', async () => {
    for (const [errcode, expected, status] of [
      ['57P01', 'SERVICE_UNAVAILABLE', 503],
      ['P0001', 'INTERNAL_SERVER_ERROR', 200],
    ] as const) {
      const key = randomUUID();
      const name = `transient ${key}`;
      await api.query(`create function fail_api_key() returns trigger language plpgsql as $$
        begin raise exception 'induced failure' using errcode = '${errcode}'; end $$`);
      await api.query(
        'create trigger fail_api_key before insert on api_key for each row execute function fail_api_key()',
      );
      try {
        const failed = await create(owner, key, name);
        expect(codes(failed), errcode).toEqual([expected]);
        expect(failed.status).toBe(status);
      } finally {
        await api.query('drop trigger fail_api_key on api_key; drop function fail_api_key()');
      }
      const retried = await create(owner, key, name);
      expect(codes(retried)).toEqual([]);
      expect(await keysNamed(name)).toEqual([retried.data?.createApiKey.apiKey.id]);
    }
  });

  it('runs one of many concurrent requests with one key; the rest wait for it or are told it is running', async () => {
    for (let trial = 0; trial < 6; trial++) {
      const key = randomUUID();
      const name = `concurrent ${key}`;
      const responses: GraphQLResponse<Created>[] = await Promise.all(
        Array.from({ length: 8 }, () => create(owner, key, name)),
      );
      const ids = await keysNamed(name);
      expect(ids).toHaveLength(1);
      for (const response of responses) {
        if (codes(response).length) {
          expect(codes(response)).toEqual(['IDEMPOTENCY_KEY_IN_USE']);
          expect(response.status).toBe(409);
        } else {
          expect(response.data?.createApiKey.apiKey.id).toBe(ids[0]);
        }
      }
      // Once the first has finished, a retry always gets its answer.
      expect((await create(owner, key, name)).data?.createApiKey.apiKey.id).toBe(ids[0]);
    }
  });

  it('forgets keys once they expire, and the sweep deletes them', async () => {
    const key = randomUUID();
    expect(codes(await create(owner, key, `before expiry ${key}`))).toEqual([]);
    await api.query("update idempotency_key set expires_at = now() - interval '1 second' where key = $1", [key]);
    const after = await create(owner, key, `after expiry ${key}`);
    expect(codes(after)).toEqual([]);
    expect(await keysNamed(`after expiry ${key}`)).toHaveLength(1);

    await api.query("update idempotency_key set expires_at = now() - interval '1 second' where key = $1", [key]);
    expect(await sweepIdempotencyKeys(api.services.orm.em.getKnex())).toBeGreaterThanOrEqual(1);
    expect(await api.query('select 1 from idempotency_key where key = $1', [key])).toEqual([]);
  });

  it('refuses a malformed key', async () => {
    const response = await create(owner, 'x'.repeat(300), `too long ${randomUUID()}`);
    expect(codes(response)).toEqual(['VALIDATION_FAILED']);
    expect(response.status).toBe(400);
  });
});
