import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage, type ErrorCode } from '@orgplane/schema';
import { databaseUnavailableReason } from '../../database/unavailable.ts';
import { RETRY_AFTER_SECONDS } from '../../graphql/errors.ts';
import type { AppServices } from '../../services.ts';
import type { HttpRoute } from '../module.ts';
import { exportKind } from './export-kinds.ts';
import { ExportLinkRefused, ExportService } from './export.service.ts';
import { openExportStream } from './export.stream.ts';
import { CONTENT_TYPES } from './export-writers.ts';

/**
 * `GET /exports/:token`: claims the link (single use) and streams the file as an attachment,
 * never cached. A refusal is JSON in the shape of a GraphQL error: 404 unknown link, 410 used or
 * expired, 403 its person no longer has access, 503 with Retry-After when the database cannot be
 * reached or this process already runs as many exports as it allows.
 */
export function exportRoutes(services: AppServices): readonly HttpRoute[] {
  // Each download holds a pooled connection while it streams: at most half the pool.
  const limit = Math.max(1, Math.floor(services.config.databasePoolMax / 2));
  let running = 0;
  return [
    {
      method: 'GET',
      url: '/exports/:token',
      async handler(request: FastifyRequest, reply: FastifyReply) {
        reply.header('cache-control', 'no-store');
        if (running >= limit) {
          reply.header('retry-after', String(RETRY_AFTER_SECONDS));
          return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'Too many exports are running. Try again shortly.');
        }
        const { token } = request.params as { token: string };
        try {
          const claimed = await new ExportService(services.appOrm.em.fork()).claim(token);
          const kind = exportKind(claimed.kind);
          // Counted from the claim to the stream's end (a soft limit: claims racing past the check
          // together may all stream).
          running += 1;
          let stream;
          try {
            stream = await openExportStream(services.appOrm, services.logger.child({ reqId: request.id }), {
              orgId: claimed.orgId,
              userId: claimed.userId,
              query: kind.statement(claimed.orgId, claimed.params),
              format: claimed.format,
              columns: kind.columns,
            });
          } catch (error) {
            running -= 1;
            throw error;
          }
          stream.once('close', () => (running -= 1));
          // A client that leaves: stop reading the cursor; the stream's end gives the connection back.
          reply.raw.once('close', () => {
            if (!reply.raw.writableFinished) stream.destroy();
          });
          request.log.info({ kind: claimed.kind, format: claimed.format, orgId: claimed.orgId }, 'export started');
          return reply
            .header('content-type', CONTENT_TYPES[claimed.format])
            .header('content-disposition', `attachment; filename="${claimed.filename}"`)
            .header('x-content-type-options', 'nosniff')
            .send(stream);
        } catch (error) {
          if (error instanceof ExportLinkRefused) {
            return sendError(reply, error.status, error.code, error.message, error.extensions);
          }
          const reason = databaseUnavailableReason(error);
          if (reason) {
            request.log.warn({ reason }, 'database unavailable');
            reply.header('retry-after', String(RETRY_AFTER_SECONDS));
            return sendError(reply, 503, 'SERVICE_UNAVAILABLE');
          }
          throw error;
        }
      },
    },
  ];
}

/** An error in the shape GraphQL errors have (as the app's other HTTP errors). */
function sendError(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message = errorMessage(code),
  extensions: Readonly<Record<string, unknown>> = {},
): FastifyReply {
  return reply.code(status).send({ errors: [{ message, extensions: { ...extensions, code } }] });
}
