import { createHash, createPrivateKey, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import type { ServerSecrets } from './secrets.ts';

/** The only algorithm accepted: Ed25519 signatures. */
const ALGORITHM = 'EdDSA';

/** What a verified access token says. */
export interface AccessTokenClaims {
  readonly userId: string;
  readonly sessionId: string;
}

/** What a verified API-key token says; the key's scopes are checked against the database. */
export interface ApiKeyTokenClaims {
  readonly apiKeyId: string;
  readonly orgId: string;
}

export type VerifiedToken = ({ kind: 'user' } & AccessTokenClaims) | ({ kind: 'apiKey' } & ApiKeyTokenClaims);

const API_KEY_SUBJECT = 'apikey:';

/** How many verified tokens are remembered (about 200 bytes each). */
const VERIFIED_CACHE_SIZE = 20_000;

/** A verified token as remembered: its claims and when it stops being valid (epoch seconds). */
interface Verified {
  readonly claims: VerifiedToken;
  readonly expiresAt: number;
}

export interface AccessTokenOptions {
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/**
 * Issues and verifies short-lived access tokens (JWT, EdDSA). The header names the key (`kid`)
 * so keys can rotate: the previous public key keeps verifying while it is configured.
 */
export class AccessTokens {
  private readonly signingKey: KeyObject;
  private readonly keyId: string;
  private readonly verificationKeys: ReadonlyMap<string, KeyObject>;
  /**
   * Tokens already verified, keyed by their SHA-256 (the tokens themselves are not kept), until
   * they expire. Only the signature and claims check is skipped: the caller still checks the
   * session or key against the database on every request, so revocation stays immediate.
   */
  private readonly verified = new LRUCache<string, Verified>({ max: VERIFIED_CACHE_SIZE });

  constructor(
    secrets: ServerSecrets,
    private readonly options: AccessTokenOptions,
  ) {
    this.signingKey = createPrivateKey(secrets.signingKey.privateKeyPem);
    this.keyId = secrets.signingKey.keyId;
    const keys = new Map([[this.keyId, createPublicKey(this.signingKey)]]);
    const previous = secrets.previousVerificationKey;
    if (previous && previous.keyId !== this.keyId) keys.set(previous.keyId, createPublicKey(previous.publicKeyPem));
    this.verificationKeys = keys;
  }

  /** A signed token for a session, and when it expires. */
  async issue(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = now + this.options.ttlSeconds;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.keyId, typ: 'at+jwt' })
      .setSubject(claims.userId)
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(expiresAt)
      .sign(this.signingKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** A short-lived token for an API key, carrying its organization and scopes. */
  async issueForApiKey(
    claims: ApiKeyTokenClaims & { scopes: readonly string[] },
    ttlSeconds: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = now + ttlSeconds;
    const token = await new SignJWT({ org: claims.orgId, scp: claims.scopes })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.keyId, typ: 'at+jwt' })
      .setSubject(`${API_KEY_SUBJECT}${claims.apiKeyId}`)
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(expiresAt)
      .sign(this.signingKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /**
   * The claims of a valid token, or null for anything invalid, expired or foreign. Synchronous on
   * purpose: an Ed25519 check with a prepared KeyObject takes tens of microseconds on the event
   * loop, while an asynchronous one queues on libuv's thread pool behind password hashing. Checks:
   * the header is exactly `alg: EdDSA`, `typ: at+jwt` and a configured `kid` (no `crit`, no
   * unencoded payload); the signature; `iss` and `aud`; `exp`, `nbf` and `iat` present and
   * numeric, expired or not-yet-valid refused. A token verified before is answered from memory
   * until its expiry.
   */
  verify(token: string): VerifiedToken | null {
    const digest = createHash('sha256').update(token).digest('base64url');
    const known = this.verified.get(digest);
    if (known) {
      if (known.expiresAt > Math.floor(Date.now() / 1000)) return known.claims;
      this.verified.delete(digest);
      return null;
    }
    const checked = this.check(token);
    if (checked) this.verified.set(digest, checked);
    return checked?.claims ?? null;
  }

  /** The full check of a token `verify` has not seen: its claims and expiry, or null. */
  private check(token: string): Verified | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
    const header = decodeJson(encodedHeader);
    if (!header || header.alg !== ALGORITHM || header.typ !== 'at+jwt' || 'crit' in header || 'b64' in header)
      return null;
    const key = typeof header.kid === 'string' ? this.verificationKeys.get(header.kid) : undefined;
    if (!key) return null;
    const signature = Buffer.from(encodedSignature, 'base64url');
    if (signature.length !== 64 || signature.toString('base64url') !== encodedSignature) return null;
    let valid = false;
    try {
      valid = verifySignature(null, Buffer.from(`${encodedHeader}.${encodedPayload}`, 'ascii'), key, signature);
    } catch {
      return null;
    }
    if (!valid) return null;

    const payload = decodeJson(encodedPayload);
    if (!payload) return null;
    const now = Math.floor(Date.now() / 1000);
    const { exp, nbf, iat, iss, aud, sub } = payload;
    if (typeof exp !== 'number' || typeof nbf !== 'number' || typeof iat !== 'number') return null;
    if (exp <= now || nbf > now) return null;
    if (iss !== this.options.issuer) return null;
    if (!(aud === this.options.audience || (Array.isArray(aud) && aud.includes(this.options.audience)))) return null;
    if (typeof sub !== 'string') return null;
    if (sub.startsWith(API_KEY_SUBJECT)) {
      return typeof payload.org === 'string'
        ? {
            claims: { kind: 'apiKey', apiKeyId: sub.slice(API_KEY_SUBJECT.length), orgId: payload.org },
            expiresAt: exp,
          }
        : null;
    }
    if (typeof payload.sid !== 'string') return null;
    return { claims: { kind: 'user', userId: sub, sessionId: payload.sid }, expiresAt: exp };
  }
}

/** A base64url-encoded JSON object (a JWT header or payload), or null. */
function decodeJson(encoded: string): Record<string, unknown> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
