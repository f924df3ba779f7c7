import type http from 'node:http';
import net from 'node:net';
import type { FastifyReply, onRequestHookHandler } from 'fastify';
import { errorMessage } from '@orgplane/schema';
import { RETRY_AFTER_SECONDS } from '../graphql/errors.ts';

/**
 * Graceful shutdown of the HTTP side. Once `close` is called, readiness fails and every new
 * request, on a new connection or on one kept alive from before, gets 503 with
 * `Connection: close` without running; requests already in flight finish normally. Connections
 * are never cut under a request: the server stops listening once nothing is in flight and waits
 * for the remaining idle connections to close (after their next request, or at the keep-alive
 * timeout the server announced), cutting them only at the deadline.
 */
export class HttpDrain {
  private draining = false;
  private inFlight = 0;
  private readonly settled = new Set<() => void>();

  /** Whether shutdown has begun. */
  get isDraining(): boolean {
    return this.draining;
  }

  /** The first `onRequest` hook: counts requests in flight and refuses new ones once draining. */
  readonly onRequest: onRequestHookHandler = (_request, reply, next) => {
    if (this.draining) {
      refuse(reply);
      return;
    }
    this.inFlight += 1;
    let counted = true;
    const done = () => {
      if (!counted) return;
      counted = false;
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.settled) wake();
    };
    reply.raw.once('finish', done);
    reply.raw.once('close', done);
    next();
  };

  /** Drains and closes `server`, giving up on what is left after `timeoutMs`. */
  async close(server: http.Server, timeoutMs: number): Promise<void> {
    this.draining = true;
    const deadline = wait(timeoutMs);
    try {
      await Promise.race([this.nothingInFlight(), deadline.elapsed]);
      // Stop listening, but not with `server.close()`: since Node 19 it also closes idle kept-alive
      // connections at once, and a request already on its way on one would meet a reset.
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      await Promise.race([closed, deadline.elapsed]);
      server.closeAllConnections();
      await closed;
    } finally {
      deadline.cancel();
    }
  }

  private nothingInFlight(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        this.settled.delete(wake);
        resolve();
      };
      this.settled.add(wake);
    });
  }
}

/** 503, `Connection: close` (Node then ends the connection after this answer), `Retry-After`. */
function refuse(reply: FastifyReply): void {
  void reply
    .code(503)
    .header('connection', 'close')
    .header('retry-after', String(RETRY_AFTER_SECONDS))
    .send({ errors: [{ message: errorMessage('SERVICE_UNAVAILABLE'), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
}

function wait(ms: number): { elapsed: Promise<void>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return { elapsed, cancel: () => clearTimeout(timer) };
}
