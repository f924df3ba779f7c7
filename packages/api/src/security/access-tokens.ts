import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
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

  /** The claims of a valid token, or null for anything invalid, expired or foreign. */
  async verify(token: string): Promise<VerifiedToken | null> {
    const getKey: JWTVerifyGetKey = ({ kid }) => {
      const key = kid ? this.verificationKeys.get(kid) : undefined;
      if (!key) throw new errors.JWKSNoMatchingKey();
      return key;
    };
    try {
      const { payload } = await jwtVerify(token, getKey, {
        algorithms: [ALGORITHM],
        issuer: this.options.issuer,
        audience: this.options.audience,
        typ: 'at+jwt',
        requiredClaims: ['sub', 'exp', 'nbf', 'iat'],
      });
      if (typeof payload.sub !== 'string') return null;
      if (payload.sub.startsWith(API_KEY_SUBJECT)) {
        return typeof payload.org === 'string'
          ? { kind: 'apiKey', apiKeyId: payload.sub.slice(API_KEY_SUBJECT.length), orgId: payload.org }
          : null;
      }
      if (typeof payload.sid !== 'string') return null;
      return { kind: 'user', userId: payload.sub, sessionId: payload.sid };
    } catch {
      return null;
    }
  }
}
