/**
 * The load generator: autocannon in a process of its own, so it never shares an event loop with
 * a server it measures. The parent sends `prepare` (what to send), then `run` once for the
 * warm-up and once for the measured window, reading the server's CPU between them.
 */
import autocannon from 'autocannon';
import { serve } from './child.ts';

/** What to send: one fixed body, a write that flips a value on many rows in turn, or a body made unique per request. */
export interface LoadSpec {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly connections: number;
  readonly body?: string;
  /**
   * Request n puts `ids[n % ids.length]` for `__ID__` and, for `__VALUE__`, `values[0]` on that
   * row's 1st, 3rd, … write and `values[1]` on its 2nd, 4th, …: with far more rows than
   * connections, the writes to one row never overlap, so every request really changes it
   * (each cell starts with every row at `values[1]`).
   */
  readonly alternate?: {
    readonly template: string;
    readonly ids: readonly string[];
    readonly values: readonly [string, string];
  };
  /** Request n puts a key unique to this `prepare` and n for every `__N__` (idempotency keys). */
  readonly unique?: { readonly template: string };
}

/** One window: completed requests, their rate, latency percentiles (ms) and failures. */
export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** Connection errors and timeouts, non-2xx answers, and 200 answers carrying GraphQL `errors`. */
  readonly errors: number;
}

let spec: LoadSpec | null = null;
let sent = 0;
/** Tells apart the keys of one `prepare` from every other's, in this run and earlier ones. */
let run = '';

/** The body of request n: the template with its placeholders filled, else the fixed body. */
function bodyOf(current: LoadSpec, n: number): string {
  const { alternate, unique } = current;
  if (unique) return unique.template.replaceAll('__N__', `${run}-${n}`);
  if (!alternate) return current.body!;
  const row = n % alternate.ids.length;
  const value = alternate.values[Math.floor(n / alternate.ids.length) % 2]!;
  return alternate.template.replaceAll('__ID__', alternate.ids[row]!).replaceAll('__VALUE__', value);
}

function options(current: LoadSpec): autocannon.Options {
  const alternate = current.alternate;
  return {
    url: current.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...current.headers },
    connections: current.connections,
    // A GraphQL error arrives as 200 with an `errors` member: counted as a mismatch.
    verifyBody: (body) => !String(body).includes('"errors"'),
    ...(alternate || current.unique
      ? {
          requests: [
            { setupRequest: (request: autocannon.Request) => ({ ...request, body: bodyOf(current, sent++) }) },
          ],
        }
      : { body: current.body }),
  };
}

serve(
  null,
  {
    prepare: (command) => {
      spec = command.spec as LoadSpec;
      sent = 0;
      run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    },
    run: async (command): Promise<LoadResult> => {
      if (!spec) throw new Error('run before prepare');
      const seconds = command.seconds as number | undefined;
      const amount = command.amount as number | undefined;
      const result = await autocannon({ ...options(spec), ...(amount ? { amount } : { duration: seconds }) });
      return {
        requests: result.requests.total,
        seconds: result.duration,
        rps: Math.round(result.requests.total / result.duration),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx + result.mismatches,
      };
    },
  },
  async () => {},
);
