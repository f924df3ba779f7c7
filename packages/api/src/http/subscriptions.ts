import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { decodeJwt } from 'jose';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { resolveCaller, type Caller } from '../graphql/caller.ts';
import type { Context, LiveConnection } from '../graphql/context.ts';
import type { AppServices } from '../services.ts';

/** The largest message a subscriber may send (subscribe documents are small). */
const MAX_PAYLOAD_BYTES = 64 * 1024;

/** The close code for a refused or expired caller: graphql-ws clients retry it with fresh connection params. */
const FORBIDDEN_CLOSE = 4403;

/** setTimeout's ceiling (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Milliseconds until the bearer token in `authorization` expires (it was verified already). */
function untilExpiry(authorization: string | undefined): number {
  const token = authorization?.replace(/^Bearer\s+/i, '') ?? '';
  const { exp } = decodeJwt(token);
  return Math.min(MAX_TIMER_MS, Math.max(0, (exp ?? 0) * 1000 - Date.now()));
}

const inert = {
  refreshCookie: { value: null, set() {}, clear() {} },
  deviceCookie: { value: null, set() {} },
};

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on `/graphql`, beside the HTTP endpoint. The
 * connection's `connection_init` payload carries what headers carry over HTTP:
 * `{ authorization: 'Bearer …', tenantId }`. The caller is resolved as an HTTP request's is (live
 * session, active membership, MFA), else the socket closes with 4403; each pushed result checks
 * them again (`LiveConnection`), so a revoked session or membership stops receiving. When the
 * access token expires the socket closes with 4403 too ("Access token expired"): clients reconnect
 * presenting a fresh one, as they would refresh it for HTTP.
 */
export function serveSubscriptions(server: http.Server, schema: GraphQLSchema, services: AppServices) {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  };
  server.on('upgrade', onUpgrade);
  const connections = new WeakMap<object, { caller: Caller; live: LiveConnection; expiry: NodeJS.Timeout }>();
  const disposable = useServer(
    {
      schema,
      // Queries and mutations go over HTTP, where the request transaction, query limits,
      // idempotency and rate limits apply: here only subscriptions run.
      execute: () => ({
        errors: [
          new GraphQLError('Only subscriptions run over WebSocket; send queries and mutations to /graphql over HTTP.', {
            extensions: { code: 'BAD_REQUEST' },
          }),
        ],
      }),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const live: LiveConnection = {
          authorization: typeof params.authorization === 'string' ? params.authorization : undefined,
          tenant: typeof params.tenantId === 'string' ? params.tenantId : undefined,
        };
        try {
          const caller = await services.appOrm.em
            .fork()
            .transactional((em) => resolveCaller(em, services.accessTokens, live.authorization, live.tenant));
          if (!caller.tenant) return false;
          const expiry = setTimeout(
            () => ctx.extra.socket.close(FORBIDDEN_CLOSE, 'Access token expired'),
            untilExpiry(live.authorization),
          );
          expiry.unref();
          connections.set(ctx.extra, { caller, live, expiry });
          return true;
        } catch {
          return false;
        }
      },
      onClose: (ctx) => clearTimeout(connections.get(ctx.extra)?.expiry),
      context: (ctx): Context => {
        const connection = connections.get(ctx.extra)!;
        const requestId = randomUUID();
        const socketAddress = ctx.extra.request.socket.remoteAddress ?? null;
        return {
          em: services.appOrm.em.fork(),
          requestId,
          logger: services.logger.child({ reqId: requestId, subscription: true }),
          ...connection.caller,
          meta: { ip: socketAddress ?? 'unknown', userAgent: ctx.extra.request.headers['user-agent'] ?? null },
          socketAddress,
          ...inert,
          services,
          live: connection.live,
        };
      },
    },
    sockets,
  );
  return async () => {
    server.off('upgrade', onUpgrade);
    for (const client of sockets.clients) client.terminate();
    await disposable.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}
