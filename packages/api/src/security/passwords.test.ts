import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.ts';
import { signUpUser } from '../../test/support/identity.ts';
import { hashPassword, needsRehash, passwordProblems, verifyPassword } from './passwords.ts';

describe('password hashing and policy', () => {
  it('hashes with argon2id at the OWASP parameters and verifies', async () => {
    const hashed = await hashPassword('a good long password');
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hashed, 'a good long password')).toBe(true);
    expect(await verifyPassword(hashed, 'a good long passwore')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
    expect(needsRehash(hashed)).toBe(false);
  });

  it('applies the policy: length, not the email, not common', () => {
    expect(passwordProblems('a good long password', 'ann@example.com')).toEqual([]);
    expect(passwordProblems('short', 'ann@example.com')[0]?.message).toMatch(/between 10 and 128/);
    expect(passwordProblems('x'.repeat(129), 'ann@example.com')[0]?.message).toMatch(/between 10 and 128/);
    expect(passwordProblems('ANN@example.com', 'ann@example.com').map((p) => p.message)).toContain(
      'must not be your email address',
    );
    expect(passwordProblems('1234567890', 'ann@example.com')[0]?.message).toMatch(/too common/);
    expect(passwordProblems('qwertyuiop', 'ann@example.com')[0]?.message).toMatch(/too common/);
  });
});

describe('rehash on sign-in', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('upgrades a hash made with weaker parameters when the user signs in', async () => {
    const user = await signUpUser(api);
    const weak = await hash(user.password, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await api.query('update app_user set password_hash = $1 where id = $2', [weak, user.userId]);
    const response = await api.graphql(
      'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { tokens { accessToken } } }',
      { e: user.email, p: user.password },
      { 'x-forwarded-for': user.ip },
    );
    expect(response.errors).toBeUndefined();
    const [row] = await api.query<{ password_hash: string }>('select password_hash from app_user where id = $1', [
      user.userId,
    ]);
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row!.password_hash, user.password)).toBe(true);
  });
});
