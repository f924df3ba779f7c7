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

/**
 * Structured JSON logs (to `destination`, standard output by default), credentials redacted.
 *
 * Standard output is written asynchronously: lines logged while a write is under way go out
 * together in the next one, so a busy server makes one write for many lines instead of a
 * system call per line (pino's default; a fifth of a member page's CPU on this machine). A quiet
 * server still writes each line at once, and pino flushes what is left when the process exits.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'orgplane-api' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
