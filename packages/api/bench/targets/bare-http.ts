/**
 * B0: a bare node:http handler over pg running the baselines' SQL, no GraphQL and no auth: the
 * ceiling of what Node and the driver can serve. Body `{}` or `{"after": [createdKey, id]}` for
 * a page, `{"role": {"id": …, "value": …}}` for a role change.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { PAGE_SQL, ROLE_SQL } from '../workloads.ts';
import { required, serve } from './child.ts';

const orgId = required('BENCH_ORG_ID');
const pool = new pg.Pool({ connectionString: required('DATABASE_URL'), max: 10 });

async function answer(body: string): Promise<unknown> {
  const request = JSON.parse(body || '{}') as { after?: [string, string]; role?: { id: string; value: string } };
  if (request.role) {
    const { rows } = await pool.query(ROLE_SQL, [orgId, request.role.id, request.role.value]);
    return rows[0];
  }
  const { rows } = await pool.query(PAGE_SQL, [orgId, request.after?.[0] ?? null, request.after?.[1] ?? null, 51]);
  return { rows: rows.slice(0, 50), hasNextPage: rows.length > 50 };
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk));
  req.on('end', () => {
    answer(body).then(
      (value) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(value));
      },
      () => {
        res.statusCode = 500;
        res.end();
      },
    );
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

serve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {}, async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await pool.end();
});
