import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';

describe('the HTTP surface', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ BODY_LIMIT: '10kb' });
  });
  afterAll(() => api.stop());

  it('answers /healthz while the process is up', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz 200 when the database is reachable and migrated, 503 when a migration is pending', async () => {
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    const client = new pg.Client({ connectionString: api.databaseUrl });
    await client.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ name: string }>('delete from mikro_orm_migrations returning name');
      await client.query('commit');
      const pending = await fetch(`${api.url}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: 'unavailable' });
      for (const { name } of rows) await client.query('insert into mikro_orm_migrations (name) values ($1)', [name]);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    } finally {
      await client.end();
    }
  });

  it('returns a request id on every response, keeping a well-formed one from the caller', async () => {
    const generated = await fetch(`${api.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'trace-1234567' } });
    expect(given.headers.get('x-request-id')).toBe('trace-1234567');
    const hostile = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'a b\tc<script>' } });
    expect(hostile.headers.get('x-request-id')).not.toContain('script');
  });

  it('refuses a body over the limit with 413 and changes nothing', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ abilityCatalog { roles { id } } } # ${'x'.repeat(20_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses malformed JSON with BAD_REQUEST and no internals', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('BAD_REQUEST');
    expect(text).not.toMatch(/at .*\.js|SyntaxError/);
  });

  it('blocks simple cross-site GET requests (CSRF prevention)', async () => {
    const response = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ abilityCatalog { roles { id } } }')}`,
    );
    expect(response.status).toBe(400);
    const preflighted = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ abilityCatalog { roles { id } } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(preflighted.status).toBe(200);
  });
});
