import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccessTokens } from './access-tokens.ts';

/** A token issuer with a fresh Ed25519 key and the given lifetime. */
function tokens(ttlSeconds: number): AccessTokens {
  const { privateKey } = generateKeyPairSync('ed25519');
  return new AccessTokens(
    {
      signingKey: { keyId: 'k1', privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
      previousVerificationKey: null,
      dataEncryptionKey: randomBytes(32),
    },
    { issuer: 'orgplane', audience: 'orgplane-api', ttlSeconds },
  );
}

const claims = { userId: '7d5b1a52-5f38-4a7e-8f5e-3f4c2f1f0a11', sessionId: '0c3e8a0e-93c2-4d6a-9a57-8a0a9b6f7e21' };

/** Verified tokens are remembered by their digest until they expire, and never longer. */
describe('access-token verification cache', () => {
  afterEach(() => vi.useRealTimers());

  it('answers a token seen before with the same claims, and refuses it once it has expired', async () => {
    const issuer = tokens(60);
    const { token } = await issuer.issue(claims);
    expect(issuer.verify(token)).toEqual({ kind: 'user', ...claims });
    expect(issuer.verify(token)).toEqual({ kind: 'user', ...claims });

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    expect(issuer.verify(token)).toBeNull();
    expect(issuer.verify(token)).toBeNull();
  });

  it('does not let a cached token vouch for a changed one', async () => {
    const issuer = tokens(60);
    const { token } = await issuer.issue(claims);
    expect(issuer.verify(token)).not.toBeNull();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const other = JSON.parse(Buffer.from(payload, 'base64url').toString());
    other.sub = '11111111-1111-4111-8111-111111111111';
    const forged = `${header}.${Buffer.from(JSON.stringify(other)).toString('base64url')}.${signature}`;
    expect(issuer.verify(forged)).toBeNull();
    // A token from another key with the same claims is refused, cached or not.
    const { token: foreign } = await tokens(60).issue(claims);
    expect(issuer.verify(foreign)).toBeNull();
  });
});
