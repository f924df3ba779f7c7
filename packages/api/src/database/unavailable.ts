/** Socket errors of a server that is down, restarting or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * SQLSTATEs of a server going away: admin shutdown (a restart terminates every session), crash
 * shutdown, and cannot connect now (starting up, shutting down, in recovery). Class 08
 * (connection exceptions) is matched by prefix.
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03']);
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

/**
 * Errors that carry no code: pg's lost connection, its connect timeout (`connectionTimeoutMillis`
 * gives a bare "timeout expired"), pg-pool's wording of the same, and knex's pool timeout.
 */
const MESSAGES = new Set([
  'Connection terminated unexpectedly',
  'Client has encountered a connection error and is not queryable',
  'timeout expired',
  'Connection terminated due to connection timeout',
]);
const KNEX_ACQUIRE_TIMEOUT = 'Knex: Timeout acquiring a connection';

/** What made the database unavailable, for one log line (no stack, no SQL). */
export interface UnavailableReason {
  readonly code: string | null;
  readonly message: string;
}

/**
 * Why an error means the database cannot be reached right now (down, restarting, or not
 * answering within the pool's timeouts), or null when it means something else (a bug, a query
 * the database refused). Walks `originalError` (GraphQL), `cause` and `previous` (wrappers).
 */
export function databaseUnavailableReason(error: unknown): UnavailableReason | null {
  let current = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth += 1) {
    const code = (current as { code?: unknown }).code;
    const message = driverMessage(current.message);
    if (
      typeof code === 'string' &&
      (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || CONNECTION_EXCEPTION.test(code))
    )
      return { code, message };
    if (MESSAGES.has(message) || message.startsWith(KNEX_ACQUIRE_TIMEOUT)) return { code: null, message };
    const wrapper = current as { originalError?: unknown; cause?: unknown; previous?: unknown };
    current = wrapper.originalError ?? wrapper.cause ?? wrapper.previous;
  }
  return null;
}

/**
 * Whether an error means the database cannot be reached right now. Such an error is the
 * caller's "try again shortly" (`SERVICE_UNAVAILABLE`, 503), never an internal error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== null;
}

/**
 * The driver's own words: knex puts the SQL in front ("insert … - terminating connection …") and
 * MikroORM appends "\n - detail: …" lines.
 */
function driverMessage(message: string): string {
  const [statement = ''] = message.split('\n - ');
  const separator = statement.lastIndexOf(' - ');
  const driverPart = separator >= 0 ? statement.slice(separator + 3) : statement;
  return driverPart.split('\n')[0] ?? '';
}
