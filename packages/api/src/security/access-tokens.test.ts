import { createPrivateKey, createPublicKey, createSecretKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../test/support/identity.ts';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

const VIEWER = '{ viewer { user { id } } }';

/** The JWT attack suite: every forged or stale token is refused with 401. */
describe('access tokens', () => {
  const previous = keyPair();
  const current = keyPair();
  const dataKey = randomBytes(32).toString('base64');
  let api: TestApi;
  let user: TestUser;

  beforeAll(async () => {
    api = await startTestApi({
      JWT_PRIVATE_KEY: current.privatePem,
      JWT_KEY_ID: 'current',
      JWT_PREVIOUS_PUBLIC_KEY: previous.publicPem,
      JWT_PREVIOUS_KEY_ID: 'previous',
      DATA_ENCRYPTION_KEY: dataKey,
    });
    user = await signUpUser(api);
  });
  afterAll(() => api.stop());

  const sessionId = () =>
    JSON.parse(Buffer.from(user.accessToken.split('.')[1]!, 'base64url').toString()).sid as string;

  /** A token with the right claims for the user's live session; `change` bends one thing. */
  async function forge(
    change: {
      kid?: string;
      key?: string;
      issuer?: string;
      audience?: string;
      expires?: number;
      notBefore?: number;
    } = {},
  ) {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sid: sessionId() })
      .setProtectedHeader({ alg: 'EdDSA', kid: change.kid ?? 'current', typ: 'at+jwt' })
      .setSubject(user.userId)
      .setIssuer(change.issuer ?? 'orgplane')
      .setAudience(change.audience ?? 'orgplane-api')
      .setIssuedAt(now - 10)
      .setNotBefore(change.notBefore ?? now - 10)
      .setExpirationTime(change.expires ?? now + 600)
      .sign(createPrivateKey(change.key ?? current.privatePem));
  }

  async function expectRefused(token: string) {
    const response = await api.graphql(VIEWER, {}, as({ ...user, accessToken: token }));
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  }

  it('accepts a token the server issued, and a correctly forged control token', async () => {
    expect((await api.graphql(VIEWER, {}, as(user))).data).toEqual({ viewer: { user: { id: user.userId } } });
    expect((await api.graphql(VIEWER, {}, as({ ...user, accessToken: await forge() }))).data).toEqual({
      viewer: { user: { id: user.userId } },
    });
  });

  it('refuses alg "none"', async () => {
    const unsigned = new UnsecuredJWT({ sid: sessionId() })
      .setSubject(user.userId)
      .setIssuer('orgplane')
      .setAudience('orgplane-api')
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('10m')
      .encode();
    await expectRefused(unsigned);
  });

  it('refuses HS256 signed with the public key as an HMAC secret', async () => {
    const publicKeyBytes = createPublicKey(current.publicPem).export({ type: 'spki', format: 'pem' });
    const token = await new SignJWT({ sid: sessionId() })
      .setProtectedHeader({ alg: 'HS256', kid: 'current', typ: 'at+jwt' })
      .setSubject(user.userId)
      .setIssuer('orgplane')
      .setAudience('orgplane-api')
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('10m')
      .sign(createSecretKey(Buffer.from(publicKeyBytes)));
    await expectRefused(token);
  });

  it('refuses an unknown kid, and a right key under the wrong kid', async () => {
    await expectRefused(await forge({ kid: 'someone-elses' }));
    await expectRefused(await forge({ kid: 'previous' }));
  });

  it('refuses a token signed by a key the server never had', async () => {
    await expectRefused(await forge({ key: keyPair().privatePem }));
  });

  it('refuses expired and not-yet-valid tokens', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(await forge({ expires: now - 5 }));
    await expectRefused(await forge({ notBefore: now + 300 }));
  });

  it('refuses the wrong issuer or audience', async () => {
    await expectRefused(await forge({ issuer: 'evil' }));
    await expectRefused(await forge({ audience: 'another-api' }));
  });

  it('refuses a malformed Authorization header', async () => {
    for (const authorization of ['Bearer', 'Basic dXNlcjpwYXNz', `Bearer ${user.accessToken}x.y`, 'Bearer a.b']) {
      const response = await api.graphql(VIEWER, {}, { authorization });
      expect(codes(response), authorization).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('accepts a token signed by the previous key while it is configured (rotation overlap)', async () => {
    const token = await forge({ kid: 'previous', key: previous.privatePem });
    expect((await api.graphql(VIEWER, {}, as({ ...user, accessToken: token }))).data).toEqual({
      viewer: { user: { id: user.userId } },
    });
  });

  it('refuses the previous key once it is no longer configured', async () => {
    const withoutPrevious = await startTestApi({
      JWT_PRIVATE_KEY: current.privatePem,
      JWT_KEY_ID: 'current',
      DATA_ENCRYPTION_KEY: dataKey,
    });
    try {
      const other = await signUpUser(withoutPrevious);
      const now = Math.floor(Date.now() / 1000);
      const sid = JSON.parse(Buffer.from(other.accessToken.split('.')[1]!, 'base64url').toString()).sid as string;
      const token = await new SignJWT({ sid })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'previous', typ: 'at+jwt' })
        .setSubject(other.userId)
        .setIssuer('orgplane')
        .setAudience('orgplane-api')
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + 600)
        .sign(createPrivateKey(previous.privatePem));
      const response = await withoutPrevious.graphql(VIEWER, {}, as({ ...other, accessToken: token }));
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    } finally {
      await withoutPrevious.stop();
    }
  });
});
