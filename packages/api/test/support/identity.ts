import { randomBytes } from 'node:crypto';
import { graphql } from '../generated/index.ts';
import type { GraphQLClient, GraphQLResponse } from './graphql-client.ts';

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

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
      verificationSent
    }
  }
`);

const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      tokens {
        accessToken
        refreshToken
      }
    }
  }
`);

const WHO_AM_I = graphql(`
  query WhoAmI {
    viewer {
      user {
        id
        email
      }
      organizations(first: 100) {
        edges {
          node {
            isDefault
            organization {
              id
              slug
            }
          }
        }
      }
    }
  }
`);

/**
 * Signs a new user up through the API, then in (sign-up starts no session): the user with a
 * session and their default organization.
 */
export async function signUpUser(
  api: Pick<GraphQLClient, 'request'>,
  overrides: { email?: string; displayName?: string } = {},
): Promise<TestUser> {
  const email = overrides.email ?? `user-${randomBytes(5).toString('hex')}@example.com`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const ip = newIp();
  const headers = { 'x-forwarded-for': ip };
  const signedUp = await api.request(
    SIGN_UP,
    { input: { email, displayName: overrides.displayName ?? 'Test User', password } },
    headers,
  );
  if (!signedUp.data) throw new Error(`sign-up failed: ${JSON.stringify(signedUp.errors)}`);
  const signedIn = await api.request(SIGN_IN, { input: { email, password } }, headers);
  const tokens = signedIn.data?.signIn?.tokens;
  if (!tokens?.refreshToken) throw new Error(`sign-in after sign-up failed: ${JSON.stringify(signedIn.errors)}`);
  const whoAmI = await api.request(WHO_AM_I, {}, { ...headers, authorization: `Bearer ${tokens.accessToken}` });
  const viewer = whoAmI.data?.viewer;
  const organization = viewer?.organizations.edges.find((edge) => edge.node.isDefault)?.node.organization;
  if (!viewer || !organization) throw new Error(`no default organization: ${JSON.stringify(whoAmI.errors)}`);
  return {
    email: viewer.user.email,
    password,
    userId: viewer.user.id,
    orgId: organization.id,
    orgSlug: organization.slug,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    ip,
  };
}
