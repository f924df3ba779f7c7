/**
 * B2: PostGraphile 4 serving the public schema of the bench database as its owner (a superuser,
 * so no row-level security: ORGPLANE pays for RLS, PostGraphile does not), on a bare node:http
 * server, with its default CRUD mutations, query log and GraphiQL off.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { required, serve } from './child.ts';

const handler = postgraphile(required('DATABASE_URL'), 'public', {
  disableDefaultMutations: false,
  ignoreRBAC: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  disableQueryLog: true,
  graphiql: false,
  watchPg: false,
  retryOnInitFail: false,
});
const server = http.createServer(handler);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

serve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {}, async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await handler.release();
});
