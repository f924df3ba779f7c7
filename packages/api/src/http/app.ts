import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import { errorMessage, type ErrorCode } from '@orgplane/schema';
import { isReady } from '../database/orm.ts';
import { databaseUnavailableReason } from '../database/unavailable.ts';
import { resolveCaller, type Caller } from '../graphql/caller.ts';
import type { Context, DeviceCookie, RefreshCookie } from '../graphql/context.ts';
import { beginRequestTransaction, endRequestTransaction } from '../graphql/request-transaction.ts';
import { isExpectedError, RETRY_AFTER_SECONDS, serviceUnavailable } from '../graphql/errors.ts';
import type { AppServices } from '../services.ts';
import type { HttpDrain } from './drain.ts';
import type { Logger } from '../logger.ts';

declare module 'http' {
  interface IncomingMessage {
    /** The request's id (`x-request-id`), set by `requestLogging`. */
    id: string;
    /** A logger stamped with the request's id, set by `requestLogging`. */
    log: Logger;
  }
}

export interface AppDependencies {
  services: AppServices;
  apollo: ApolloServer<Context>;
  drain: HttpDrain;
}

/** The console's refresh-token cookie: httpOnly, SameSite=Strict, only sent to /graphql. */
const REFRESH_COOKIE = 'orgplane_refresh';
/** The sign-in device cookie (OWASP "device cookies"): httpOnly, SameSite=Strict, a year long. */
const DEVICE_COOKIE = 'orgplane_device';
const DEVICE_COOKIE_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** The HTTP surface: `/graphql`, `/healthz`, `/readyz` and, when configured, the console build. */
export function createApp({ services, apollo, drain }: AppDependencies): express.Express {
  const { config, logger, orm } = services;
  const app = express();
  app.disable('x-powered-by');
  // A hop count, never a blanket `loopback`: with 0 a client cannot choose the address its
  // rate limits and audit events are keyed by.
  app.set('trust proxy', config.trustProxyHops);

  app.use(requestLogging(logger));
  // During shutdown /readyz and everything else answer 503 + Connection: close without running.
  app.use(drain.middleware);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const ready = await isReady(orm);
    if (!ready) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    cookieParser(),
    expressMiddleware(apollo, {
      context: ({ req, res }) => createContext(req, res, services),
    }),
  );

  if (config.consoleDist) serveConsole(app, config.consoleDist);

  const handleError: ErrorRequestHandler = (error: { status?: number; type?: string }, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') return sendError(res, 413, 'BAD_REQUEST', 'The request body is too large.');
    if (error.status && error.status >= 400 && error.status < 500) return sendError(res, error.status, 'BAD_REQUEST');
    req.log.error({ err: error }, 'unhandled HTTP error');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR');
  };
  app.use(handleError);
  return app;
}

/**
 * Gives each request its id (a well-formed `x-request-id` from the client, else a new UUID, echoed
 * in the response) and a child logger stamped with it, and logs one line when it completes
 * (health checks excepted). Hand-written rather than pino-http: that wraps and serializes the
 * whole request for every line and cost a fifth of a member page's CPU.
 */
function requestLogging(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    req.id = id;
    req.log = logger.child({ reqId: id });
    if (req.url !== '/healthz' && req.url !== '/readyz') {
      const started = performance.now();
      res.once('close', () =>
        req.log.info(
          {
            method: req.method,
            url: req.originalUrl,
            statusCode: res.statusCode,
            responseTime: Math.round(performance.now() - started),
            ...(res.writableFinished ? {} : { aborted: true }),
          },
          'request completed',
        ),
      );
    }
    next();
  };
}

/** An error outside GraphQL execution, in the same shape GraphQL errors have. */
function sendError(res: Response, status: number, code: ErrorCode, message = errorMessage(code)): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

async function createContext(req: Request, res: Response, services: AppServices): Promise<Context> {
  const em = services.appOrm.em.fork();
  const tenantHeader = req.headers['x-tenant-id'];
  let caller: Caller;
  try {
    // A signed-in request runs in one transaction that carries its tenant for row-level security
    // (graphql/request-transaction.ts); anonymous ones see no tenant rows and need none.
    if (req.headers.authorization) {
      await beginRequestTransaction(em);
      // Whatever happens to the request from here, its transaction never outlives it.
      res.once('close', () => void endRequestTransaction(em, 'rollback'));
    }
    caller = await resolveCaller(
      em,
      services.accessTokens,
      req.headers.authorization,
      typeof tenantHeader === 'string' ? tenantHeader : undefined,
    );
  } catch (error) {
    await endRequestTransaction(em, 'rollback');
    // The database cannot be reached to check the caller: 503 with Retry-After, not a 500.
    const reason = databaseUnavailableReason(error);
    if (reason) {
      req.log.warn({ reason }, 'database unavailable');
      throw serviceUnavailable();
    }
    // Apollo reports no plugin error for a failed context; anything but a refusal is logged here.
    if (!isExpectedError(error)) req.log.error({ err: error }, 'unexpected error identifying the caller');
    throw error;
  }
  const { viewer, apiKey, tenant } = caller;
  return {
    em,
    requestId: String(req.id),
    logger: req.log,
    viewer,
    apiKey,
    tenant,
    meta: { ip: req.ip ?? req.socket.remoteAddress ?? 'unknown', userAgent: req.headers['user-agent'] ?? null },
    socketAddress: req.socket.remoteAddress ?? null,
    refreshCookie: refreshCookie(req, res, services.config.env === 'production' || req.secure),
    deviceCookie: deviceCookie(req, res, services.config.env === 'production' || req.secure),
    services,
  };
}

function refreshCookie(req: Request, res: Response, secure: boolean): RefreshCookie {
  const presented: unknown = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/graphql' } as const;
  return {
    value: typeof presented === 'string' && presented ? presented : null,
    set: (token, expiresAt) => res.cookie(REFRESH_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(REFRESH_COOKIE, options),
  };
}

function deviceCookie(req: Request, res: Response, secure: boolean): DeviceCookie {
  const presented: unknown = (req.cookies as Record<string, unknown> | undefined)?.[DEVICE_COOKIE];
  return {
    value: typeof presented === 'string' && presented ? presented : null,
    set: (value) =>
      res.cookie(DEVICE_COOKIE, value, {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/graphql',
        maxAge: DEVICE_COOKIE_MAX_AGE_MS,
      }),
  };
}

/** Serves the console's production build, with index.html for client-side routes. */
function serveConsole(app: express.Express, dist: string): void {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) throw new Error(`CONSOLE_DIST has no index.html: ${dist}`);
  app.use(express.static(dist, { index: false, maxAge: '1h', immutable: false }));
  app.get(/^(?!\/(graphql|healthz|readyz)(\/|$)).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
