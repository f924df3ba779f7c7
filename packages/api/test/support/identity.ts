import { randomBytes } from 'node:crypto';
import type { GraphQLResponse, TestApi } from './api.ts';

/** A signed-up test user with their session and default organization. */
export interface TestUser {
  readonly email: string;
  readonly password: string;
  readonly userId: string;
  readonly orgId: string;
  readonly orgSlug: string;
  accessToken: string;
  refreshToken: string;
  /** A distinct client address, so per-IP limits of one test do not leak into another. */
  readonly ip: string;
}

let counter = 0;

/** A fresh client address in 10.0.0.0/8, sent as X-Forwarded-For (the test support trusts one proxy hop). */
export function newIp(): string {
  counter += 1;
  return `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
}

/** Headers for a request as `user`, optionally in a tenant. */
export function as(user: Pick<TestUser, 'accessToken' | 'ip'>, tenant?: string): Record<string, string> {
  return {
    authorization: `Bearer ${user.accessToken}`,
    'x-forwarded-for': user.ip,
    ...(tenant ? { 'x-tenant-id': tenant } : {}),
  };
}

/** The `extensions.code` of each error, in order. */
export function codes(response: Pick<GraphQLResponse<unknown>, 'errors'>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      tokens {
        accessToken
        refreshToken
        sessionId
      }
      user {
        id
        email
        displayName
      }
      organization {
        id
        slug
        name
      }
    }
  }
`;

interface SignUpData {
  signUp: {
    tokens: { accessToken: string; refreshToken: string; sessionId: string };
    user: { id: string; email: string };
    organization: { id: string; slug: string; name: string };
  };
}

/** Signs a new user up through the API. */
export async function signUpUser(
  api: TestApi,
  overrides: { email?: string; displayName?: string } = {},
): Promise<TestUser> {
  const email = overrides.email ?? `user-${randomBytes(5).toString('hex')}@example.com`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const ip = newIp();
  const response = await api.graphql<SignUpData>(
    SIGN_UP,
    { input: { email, displayName: overrides.displayName ?? 'Test User', password } },
    { 'x-forwarded-for': ip },
  );
  if (!response.data) throw new Error(`sign-up failed: ${JSON.stringify(response.errors)}`);
  const { tokens, user, organization } = response.data.signUp;
  return {
    email: user.email,
    password,
    userId: user.id,
    orgId: organization.id,
    orgSlug: organization.slug,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    ip,
  };
}
