import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type http from 'node:http';
import { Readable } from 'node:stream';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { fastifyCookie } from '@fastify/cookie';
import { fastifyStatic } from '@fastify/static';
import accepts from 'accepts';
import {
  fastify,
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifySchema,
  type FastifyTypeProviderDefault,
  type RouteGenericInterface,
} from 'fastify';
import { errorMessage, type ErrorCode } from '@orgplane/schema';
import { isReady } from '../database/orm.ts';
import { databaseUnavailableReason } from '../database/unavailable.ts';
import { resolveCaller, type Caller } from '../graphql/caller.ts';
import type { Context, DeviceCookie, RefreshCookie } from '../graphql/context.ts';
import { beginRequestTransaction, endRequestTransaction } from '../graphql/request-transaction.ts';
import { isExpectedError, RETRY_AFTER_SECONDS, serviceUnavailable } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';
import { MODULES } from '../modules/index.ts';
import type { AppServices } from '../services.ts';
import type { HttpDrain } from './drain.ts';

export interface AppDependencies {
  services: AppServices;
  apollo: ApolloServer<Context>;
  drain: HttpDrain;
  /** The server the app answers on; the caller listens on it and closes it. */
  server: http.Server;
}

/** The app, its requests and their loggers: pino's, as Fastify is given the API's pino logger. */
type App = FastifyInstance<http.Server, http.IncomingMessage, http.ServerResponse, Logger>;
type AppRequest = FastifyRequest<
  RouteGenericInterface,
  http.Server,
  http.IncomingMessage,
  FastifySchema,
  FastifyTypeProviderDefault,
  unknown,
  Logger
>;

/** The console's refresh-token cookie: httpOnly, SameSite=Strict, only sent to /graphql. */
const REFRESH_COOKIE = 'orgplane_refresh';
/** The sign-in device cookie (OWASP "device cookies"): httpOnly, SameSite=Strict, a year long. */
const DEVICE_COOKIE = 'orgplane_device';
/** In seconds, as cookies count (`Max-Age`). */
const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;
/** Paths the console's client-side routes never take. */
const API_PATH = /^\/(graphql|healthz|readyz|exports)(\/|\?|$)/;
/** A download link's secret: logged as `/exports/…`. */
const EXPORT_TOKEN = /^\/exports\/[^?]*/;
/** Probes are polled constantly; their answers are not logged. */
const PROBE_PATH = /^\/(healthz|readyz)(\?|$)/;

/**
 * The HTTP surface on Fastify: `/graphql`, `/healthz`, `/readyz` and, when configured, the
 * console build. Every answer carries `x-request-id`; every request but the probes leaves one
 * log line once answered.
 */
export async function createApp({ services, apollo, drain, server }: AppDependencies): Promise<App> {
  const { config, logger, orm } = services;
  const hops = config.trustProxyHops;
  const requestLog = new RequestLog();
  const app = fastify({
    // Node's own server and its defaults (Fastify's would keep idle connections 72 s, which the
    // drain would then have to cut).
    serverFactory: (handler) => server.on('request', handler),
    loggerInstance: logger,
    logController: requestLog,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // A hop count, never a blanket "trust": with 0 a client cannot choose the address its rate
    // limits and audit events are keyed by. A function, since Fastify trusts no one given a number.
    trustProxy: hops > 0 ? (_address: string, hop: number) => hop < hops : false,
    bodyLimit: config.bodyLimitBytes,
  });

  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // During shutdown /readyz and everything else answer 503 + Connection: close without running.
  app.addHook('onRequest', drain.onRequest);
  // A client that leaves before its answer: no response finishes, so the line is written here.
  app.addHook('onRequestAbort', (request, done) => {
    requestLog.requestAborted(request);
    done();
  });
  // Cookies are read where the context is built (only /graphql needs them); the plugin sets them.
  await app.register(fastifyCookie, { hook: false });

  app.get('/healthz', () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const ready = await isReady(orm);
    if (!ready) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable' });
  });

  // Every method, as before: Apollo answers GET and POST and refuses the others with 405.
  app.all('/graphql', async (request, reply) => {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method,
        headers: headerMap(request.headers),
        // From the raw URL: no Host header is needed (or trusted) to read a query string.
        search: searchOf(request.url),
        body: request.body,
      },
      context: () => createContext(request, reply, services),
    });
    for (const [name, value] of response.headers) reply.header(name, value);
    reply.code(response.status ?? 200);
    if (response.body.kind === 'complete') return reply.send(response.body.string);
    return reply.send(Readable.from(response.body.asyncIterator));
  });

  // Modules' own routes (downloads), each with its own authentication.
  for (const module of MODULES) {
    for (const route of module.routes?.(services) ?? []) {
      // No automatic HEAD: a HEAD must not run a GET that has effects (a download link's single use).
      app.route({ method: route.method, url: route.url, handler: route.handler, exposeHeadRoute: false });
    }
  }

  if (config.consoleDist) await serveConsole(app, config.consoleDist);
  else app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'NOT_FOUND'));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) return sendError(reply, 413, 'BAD_REQUEST', 'The request body is too large.');
    if (status >= 400 && status < 500) return sendError(reply, status, 'BAD_REQUEST');
    request.log.error({ err: error }, 'unhandled HTTP error');
    return sendError(reply, 500, 'INTERNAL_SERVER_ERROR');
  });

  await app.ready();
  return app;
}

/**
 * One line per request once answered (method, url, status, milliseconds) or once its client left
 * (`aborted`), stamped `reqId` like every line the request logs; none for the probes, and no
 * "incoming request" line (Fastify's default writes two lines per request).
 */
class RequestLog extends LogController {
  constructor() {
    super({ disableRequestLogging: (request) => PROBE_PATH.test(request.url) });
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      method: request.method,
      url: loggedUrl(request.url),
      statusCode: reply.statusCode,
      responseTime: reply.elapsedTime,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }

  requestAborted(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info({ method: request.method, url: loggedUrl(request.url), aborted: true }, 'request completed');
  }
}

/** The URL as logged: a download link's secret left out. */
function loggedUrl(url: string): string {
  return url.replace(EXPORT_TOKEN, '/exports/…');
}

function headerMap(headers: http.IncomingHttpHeaders): HeaderMap {
  const map = new HeaderMap();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

function searchOf(url: string): string {
  const start = url.indexOf('?');
  return start === -1 ? '' : url.slice(start);
}

/** An error outside GraphQL execution, in the same shape GraphQL errors have. */
function sendError(reply: FastifyReply, status: number, code: ErrorCode, message = errorMessage(code)): FastifyReply {
  return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
}

async function createContext(request: AppRequest, reply: FastifyReply, services: AppServices): Promise<Context> {
  const em = services.appOrm.em.fork();
  const { headers, log } = request;
  const tenantHeader = headers['x-tenant-id'];
  let caller: Caller;
  try {
    // A signed-in request runs in one transaction that carries its tenant for row-level security
    // (graphql/request-transaction.ts); anonymous ones see no tenant rows and need none.
    if (headers.authorization) {
      await beginRequestTransaction(em);
      // Whatever happens to the request from here, its transaction never outlives it.
      reply.raw.once('close', () => void endRequestTransaction(em, 'rollback'));
    }
    caller = await resolveCaller(
      em,
      services.accessTokens,
      headers.authorization,
      typeof tenantHeader === 'string' ? tenantHeader : undefined,
    );
  } catch (error) {
    await endRequestTransaction(em, 'rollback');
    // The database cannot be reached to check the caller: 503 with Retry-After, not a 500.
    const reason = databaseUnavailableReason(error);
    if (reason) {
      log.warn({ reason }, 'database unavailable');
      throw serviceUnavailable();
    }
    // Apollo reports no plugin error for a failed context; anything but a refusal is logged here.
    if (!isExpectedError(error)) log.error({ err: error }, 'unexpected error identifying the caller');
    throw error;
  }
  const { viewer, apiKey, tenant } = caller;
  const socketAddress = request.socket.remoteAddress ?? null;
  const secure = services.config.env === 'production' || request.protocol === 'https';
  const cookies = headers.cookie ? request.server.parseCookie(headers.cookie) : {};
  return {
    em,
    requestId: request.id,
    logger: log,
    viewer,
    apiKey,
    tenant,
    meta: { ip: request.ip || socketAddress || 'unknown', userAgent: headers['user-agent'] ?? null },
    socketAddress,
    refreshCookie: refreshCookie(cookies[REFRESH_COOKIE], reply, secure),
    deviceCookie: deviceCookie(cookies[DEVICE_COOKIE], reply, secure),
    services,
  };
}

function refreshCookie(presented: string | undefined, reply: FastifyReply, secure: boolean): RefreshCookie {
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/graphql' } as const;
  return {
    value: presented || null,
    set: (token, expiresAt) => void reply.setCookie(REFRESH_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => void reply.clearCookie(REFRESH_COOKIE, options),
  };
}

function deviceCookie(presented: string | undefined, reply: FastifyReply, secure: boolean): DeviceCookie {
  return {
    value: presented || null,
    set: (value) =>
      void reply.setCookie(DEVICE_COOKIE, value, {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/graphql',
        maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
      }),
  };
}

/**
 * Serves the console's production build: files cached for an hour, and index.html (never cached)
 * for client-side routes when the client takes HTML, never for the API's own paths.
 */
async function serveConsole(app: App, dist: string): Promise<void> {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`CONSOLE_DIST has no index.html: ${dist}`);
  await app.register(fastifyStatic, { root: dist, index: false, maxAge: '1h', immutable: false });
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (!read || API_PATH.test(request.url) || !accepts(request.raw).type('html')) {
      return sendError(reply, 404, 'NOT_FOUND');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  };
  // The root is a directory to the file server, which refuses it (403) rather than passing it on.
  app.get('/', page);
  app.setNotFoundHandler(page);
}
