import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** The longest endpoint URL accepted. */
const WEBHOOK_URL_MAX_LENGTH = 2000;

/**
 * Whether an address is an ordinary public unicast one: not private, loopback, link-local, unique
 * local, carrier-grade NAT, multicast, unspecified, broadcast, reserved or any other special range
 * `ipaddr.js` knows, IPv4-mapped IPv6 addresses judged as the IPv4 address they carry.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The host of a URL as an address or name: brackets of an IPv6 literal removed. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * What is wrong with an endpoint URL by its text alone, or null: https only (http too when
 * private targets are allowed), no credentials, and a literal address must be public.
 */
export function urlProblem(raw: string, allowPrivate: boolean): string | null {
  if (raw.length > WEBHOOK_URL_MAX_LENGTH) return `must be at most ${WEBHOOK_URL_MAX_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'must be an https URL';
  if (url.username || url.password) return 'must not carry a user name or password';
  const host = hostOf(url);
  if (!host) return 'needs a host';
  if (!allowPrivate) {
    if (ipaddr.isValid(host) && !isPublicAddress(host)) return 'must not point at a private or reserved address';
    if (host === 'localhost' || host.endsWith('.localhost')) return 'must not point at a private or reserved address';
  }
  return null;
}

/** A host resolved to the address to connect to, every address it has checked. */
interface ResolvedTarget {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Refused: the host has (or is) an address that is not public. */
class PrivateTargetError extends Error {}

/**
 * Resolves the URL's host (every address) and refuses when any is not public, unless private
 * targets are allowed. The request then connects to the address checked here, so a name that
 * resolves differently a moment later (DNS rebinding) changes nothing.
 */
async function resolveTarget(url: URL, allowPrivate: boolean): Promise<ResolvedTarget> {
  const host = hostOf(url);
  const addresses = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }]
    : await lookup(host, { all: true, verbatim: true });
  if (addresses.length === 0) throw new Error(`${host} has no address`);
  if (!allowPrivate) {
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) throw new PrivateTargetError(`${host} resolves to ${refused.address}, which is not a public address`);
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

/**
 * At creation: a hostname that resolves to a private address is refused now (null when fine).
 * One that does not resolve yet is accepted; each delivery checks again.
 */
export async function resolvedUrlProblem(raw: string, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  try {
    await resolveTarget(new URL(raw), false);
    return null;
  } catch (error) {
    return error instanceof PrivateTargetError ? 'must not point at a private or reserved address' : null;
  }
}

/** The outcome of one HTTP attempt. */
export interface PostOutcome {
  readonly succeeded: boolean;
  /** The answer's status; null when none came. */
  readonly status: number | null;
  readonly durationMs: number;
  /** What went wrong, trimmed; null on success. */
  readonly error: string | null;
}

/** How much of an answer's body is read (for the delivery log's error text). */
const BODY_READ_LIMIT = 4096;
const ERROR_MAX_LENGTH = 500;

/**
 * POSTs `body` to `url`: resolves and checks the host first, connects to that very address (a
 * pinned `lookup`; TLS still verifies the host name), gives up after `timeoutMs` for the whole
 * exchange, follows no redirect (a 3xx is a failure). A 2xx answer is a success.
 */
export async function postWebhook(options: {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivate: boolean;
}): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (status: number | null, error: string): PostOutcome => ({
    succeeded: false,
    status,
    durationMs: elapsed(),
    error: error.replace(/\s+/g, ' ').trim().slice(0, ERROR_MAX_LENGTH),
  });
  let url: URL;
  let target: ResolvedTarget;
  try {
    url = new URL(options.url);
    target = await resolveTarget(url, options.allowPrivate);
  } catch (error) {
    return failed(null, `refused: ${(error as Error).message}`);
  }
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body).toString() },
        lookup: pinned,
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < BODY_READ_LIMIT) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('end', () => {
          if (status >= 200 && status < 300) {
            finish({ succeeded: true, status, durationMs: elapsed(), error: null });
          } else {
            const text = Buffer.concat(chunks).toString('utf8').slice(0, BODY_READ_LIMIT);
            finish(failed(status, `HTTP ${status}${text ? `: ${text}` : ''}`));
          }
        });
        response.on('error', (error) => finish(failed(status, error.message)));
        response.on('close', () => finish(failed(status, 'the connection closed before the answer ended')));
      },
    );
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${options.timeoutMs / 1000} s`)),
      options.timeoutMs,
    );
    request.on('error', (error) => finish(failed(null, error.message)));
    request.on('close', () => finish(failed(null, 'the connection closed without an answer')));
    request.end(options.body);
  });
}
