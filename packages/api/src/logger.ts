import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * What is censored in every line: the credentials in request and response headers, and any
 * password, token or secret an error carries. Explicit paths, not `*.password` wildcards: a
 * wildcard makes pino walk every object of every line, doubling the cost of the request log.
 * Nothing else logged holds credentials (request bodies and variables are never logged).
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'err.password',
  'err.token',
  'err.secret',
];

/** Structured JSON logs (to `destination`, standard output by default), credentials redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'orgplane-api' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
