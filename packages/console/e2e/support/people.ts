import type { Role } from '@orgplane/schema/generated/graphql';
import { expect } from 'vitest';
import { graphqlRequest } from './console.ts';

/** Someone a story follows: what they type to sign up and to sign in. */
export interface Person {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** What a sign-up over the API gives back. */
export interface SignedUp {
  /** An access token, for `authorization: Bearer …`. */
  readonly token: string;
  /** The organization every new account starts with, which it owns. */
  readonly organization: { readonly id: string; readonly name: string };
}

/** A member added over the API: their own session, and their membership in the organization. */
export interface AddedMember {
  /** Their access token. */
  readonly token: string;
  readonly membershipId: string;
}

/** The answer for one invited address: `error` is null when the invitation went out. */
export interface InviteResult {
  readonly email: string;
  readonly error: { readonly code: string } | null;
}

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
    }
  }
`;

const DEFAULT_ORGANIZATION = /* GraphQL */ `
  query DefaultOrganization {
    viewer {
      organizations(first: 100) {
        edges {
          node {
            isDefault
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`;

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      tokens {
        accessToken
      }
    }
  }
`;

const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteMembersInput!) {
    inviteMembers(input: $input) {
      results {
        email
        error {
          code
        }
      }
    }
  }
`;

const MAILBOX = /* GraphQL */ `
  query Mailbox {
    devMailbox(first: 100) {
      edges {
        node {
          to
          template
          text
        }
      }
    }
  }
`;

const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!) {
    acceptInvitation(input: { token: $token }) {
      membershipId
    }
  }
`;

/** Signs `person` up over the API and then in, as the sign-up form does (sign-up starts no session). */
export async function signUpOverApi(apiUrl: string, person: Person): Promise<SignedUp> {
  await graphqlRequest(apiUrl, SIGN_UP, {
    input: { email: person.email, displayName: person.name, password: person.password },
  });
  const token = await signInOverApi(apiUrl, person);
  const { viewer } = await graphqlRequest<{
    viewer: {
      organizations: { edges: { node: { isDefault: boolean; organization: { id: string; name: string } } }[] };
    };
  }>(apiUrl, DEFAULT_ORGANIZATION, {}, { authorization: `Bearer ${token}` });
  const organization = viewer.organizations.edges.find(({ node }) => node.isDefault)?.node.organization;
  if (!organization) throw new Error(`${person.email} has no default organization.`);
  return { token, organization };
}

/** Signs `person` in over the API (an account without two-step verification) and returns an access token. */
export async function signInOverApi(apiUrl: string, person: Pick<Person, 'email' | 'password'>): Promise<string> {
  const { signIn } = await graphqlRequest<{ signIn: { tokens: { accessToken: string } } }>(apiUrl, SIGN_IN, {
    input: { email: person.email, password: person.password },
  });
  return signIn.tokens.accessToken;
}

/** Invites `email` to an organization as `role`, with the token of someone there who may invite. */
export async function inviteOverApi(
  apiUrl: string,
  token: string,
  organizationId: string,
  email: string,
  role: Role,
): Promise<InviteResult[]> {
  const { inviteMembers } = await graphqlRequest<{ inviteMembers: { results: InviteResult[] } }>(
    apiUrl,
    INVITE,
    { input: { invitations: [{ email, role }] } },
    { authorization: `Bearer ${token}`, 'x-tenant-id': organizationId },
  );
  return inviteMembers.results;
}

/** Accepts an invitation by the token its link carries, with the invited person's access token. */
export async function acceptInvitationOverApi(apiUrl: string, token: string, invitationToken: string): Promise<string> {
  const { acceptInvitation } = await graphqlRequest<{ acceptInvitation: { membershipId: string } }>(
    apiUrl,
    ACCEPT,
    { token: invitationToken },
    { authorization: `Bearer ${token}` },
  );
  return acceptInvitation.membershipId;
}

/**
 * The token of the invitation link sent to `email`, from the development mailbox. The API writes
 * an email in the same transaction as what it is about, so it is there once the invitation is.
 */
async function invitationTokenFromMailbox(apiUrl: string, email: string): Promise<string> {
  const { devMailbox } = await graphqlRequest<{
    devMailbox: { edges: { node: { to: string; template: string; text: string } }[] };
  }>(apiUrl, MAILBOX, {});
  const mail = devMailbox.edges.find(({ node }) => node.to === email && node.template === 'invitation');
  const token = mail?.node.text.match(/[?&]token=([A-Za-z0-9_%-]+)/)?.[1];
  if (!token) throw new Error(`The development mailbox holds no invitation link for ${email}.`);
  return decodeURIComponent(token);
}

/**
 * Gives `person` an account and makes them a member of the organization as `role` through a real
 * invitation: the owner invites, the link is read from the development mailbox (so the API must
 * run without SMTP), and the person accepts.
 */
export async function addMemberOverApi(
  apiUrl: string,
  ownerToken: string,
  organizationId: string,
  person: Person,
  role: Role,
): Promise<AddedMember> {
  const { token } = await signUpOverApi(apiUrl, person);
  const results = await inviteOverApi(apiUrl, ownerToken, organizationId, person.email, role);
  expect(results[0]?.error).toBeNull();
  const invitation = await invitationTokenFromMailbox(apiUrl, person.email);
  const membershipId = await acceptInvitationOverApi(apiUrl, token, invitation);
  return { token, membershipId };
}
