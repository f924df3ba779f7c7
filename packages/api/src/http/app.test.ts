import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';

/** The JSON log lines the API wrote. */
class LogLines extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    done();
  }
}

/** One raw HTTP/1.1 exchange, for requests `fetch` refuses to send; the answer's status line. */
function rawStatusLine(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('the HTTP surface', () => {
  let api: TestApi;
  const logs = new LogLines();
  beforeAll(async () => {
    api = await startTestApi({ BODY_LIMIT: '10kb', LOG_LEVEL: 'info' }, { logs });
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

  it('refuses bodies that are not one JSON object with 4xx BAD_REQUEST, never a 500', async () => {
    const post = async (contentType: string, body: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const badRequest = { errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] };
    const query = JSON.stringify({ query: '{ abilityCatalog { roles { id } } }' });
    // A simple (CSRF-able) content type reaches Apollo's CSRF prevention or is not parsed at all.
    expect(await post('text/plain', query)).toEqual({ status: 400, body: badRequest });
    expect(await post('application/x-www-form-urlencoded', 'query=x')).toEqual({ status: 415, body: badRequest });
    for (const body of [
      '',
      'null',
      '"a string"',
      '[]',
      '{"__proto__": {"polluted": true}, "query": "{ __typename }"}',
    ]) {
      expect(await post('application/json', body), body).toEqual({ status: 400, body: badRequest });
    }
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

  it('logs one line per answered request, stamped with its request id, and none for the probes', async () => {
    const from = logs.lines.length;
    await fetch(`${api.url}/healthz`);
    await fetch(`${api.url}/readyz`);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-logged-1' },
      body: JSON.stringify({ query: '{ abilityCatalog { roles { id } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-powered-by')).toBeNull();
    await expect.poll(() => logs.lines.length).toBeGreaterThan(from);
    expect(logs.lines.slice(from)).toEqual([
      expect.objectContaining({
        msg: 'request completed',
        reqId: 'trace-logged-1',
        method: 'POST',
        url: '/graphql',
        statusCode: 200,
        responseTime: expect.any(Number),
      }),
    ]);
  });

  it('logs a download link without its secret', async () => {
    const from = logs.lines.length;
    const token = 'A'.repeat(43);
    expect((await fetch(`${api.url}/exports/${token}?x=1`)).status).toBe(404);
    await expect.poll(() => logs.lines.length).toBeGreaterThan(from);
    const written = JSON.stringify(logs.lines.slice(from));
    expect(written).not.toContain(token);
    expect(logs.lines.slice(from)).toEqual([
      expect.objectContaining({ msg: 'request completed', url: '/exports/…?x=1', statusCode: 404 }),
    ]);
  });

  it('answers a malformed Host header like any other request', async () => {
    const body = JSON.stringify({ query: '{ abilityCatalog { roles { id } } }' });
    const statusLine = await rawStatusLine(
      api.url,
      `POST /graphql HTTP/1.1\r\nHost: not a host\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
    expect(statusLine).toBe('HTTP/1.1 200 OK');
  });

  it('answers an unknown path 404 in the GraphQL error shape, with a request id', async () => {
    const response = await fetch(`${api.url}/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }],
    });
  });
});

describe('the console build, when CONSOLE_DIST is set', () => {
  let api: TestApi;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'orgplane-console-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Orgplane</title>');
    await writeFile(path.join(dist, 'assets', 'app.js'), 'console.log(1);');
    api = await startTestApi({ CONSOLE_DIST: dist });
  });
  afterAll(async () => {
    await api.stop();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves its files, cached for an hour', async () => {
    const response = await fetch(`${api.url}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers client-side routes with index.html, never cached, when the client takes HTML', async () => {
    for (const route of ['/', '/members', '/orgs/acme/members?page=2']) {
      const response = await fetch(`${api.url}${route}`, { headers: { accept: 'text/html,*/*;q=0.8' } });
      expect(response.status, route).toBe(200);
      expect(response.headers.get('cache-control'), route).toBe('no-cache');
      expect(await response.text(), route).toContain('<title>Orgplane</title>');
    }
  });

  it('answers 404, not the page, for clients that take no HTML and for the API’s own paths', async () => {
    const json = await fetch(`${api.url}/members`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(await json.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    for (const route of ['/graphql/anything', '/healthz/x', '/assets/missing.js.map']) {
      const response = await fetch(`${api.url}${route}`, { headers: { accept: 'application/json' } });
      expect(response.status, route).toBe(404);
    }
    const apiPath = await fetch(`${api.url}/readyz/x`, { headers: { accept: 'text/html' } });
    expect(apiPath.status).toBe(404);
    expect(await apiPath.text()).not.toContain('<title>');
  });
});
