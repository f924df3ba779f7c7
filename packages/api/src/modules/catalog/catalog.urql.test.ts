import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasAbility } from '@orgplane/schema';
import { AbilityCatalogDocument } from '@orgplane/schema/generated/graphql';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';

/** The console's generated typed document works unchanged with another client. */
describe('the generated AbilityCatalog document with urql', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('runs against the live API and types the result', async () => {
    // Apollo's CSRF prevention refuses simple GET requests; urql must POST.
    const client = new Client({ url: `${api.url}/graphql`, exchanges: [fetchExchange], preferGetMethod: false });
    const result = await client.query(AbilityCatalogDocument, {}).toPromise();
    expect(result.error).toBeUndefined();
    const members = result.data?.abilityCatalog.sections.find((section) => section.id === 'members');
    const archive = members?.abilities.find((ability) => ability.id === 'members.archive');
    expect(archive?.destructive).toBe(true);
    expect(archive?.roles).toEqual(['OWNER', 'ADMIN']);
    expect(hasAbility('admin', 'members.archive')).toBe(true);
  });

  it('is refused as a plain cross-site GET (CSRF prevention)', async () => {
    const client = new Client({ url: `${api.url}/graphql`, exchanges: [fetchExchange], preferGetMethod: 'force' });
    const result = await client.query(AbilityCatalogDocument, {}).toPromise();
    expect(result.error?.response?.status).toBe(400);
  });
});
