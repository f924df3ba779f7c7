import { graphql } from '../generated/index.ts';
import type { InviteMutation, Role } from '../generated/graphql.ts';
import type { TestApi } from './api.ts';
import { as, signUpUser, type TestUser } from './identity.ts';

export const INVITE = graphql(`
  mutation Invite($input: InviteMembersInput!) {
    inviteMembers(input: $input) {
      results {
        email
        invitation {
          id
          email
          role
          status
          creditLimit
          expiresAt
        }
        error {
          code
          message
        }
      }
    }
  }
`);

export const ACCEPT = graphql(`
  mutation Accept($token: String!) {
    acceptInvitation(input: { token: $token }) {
      organizationId
      membershipId
    }
  }
`);

export type InviteResult = NonNullable<InviteMutation['inviteMembers']>['results'][number];

/** Invites addresses as `inviter` in `tenant`; the per-address results. */
export async function invite(
  api: TestApi,
  inviter: TestUser,
  tenant: string,
  invitations: Array<{ email: string; role: Role; creditLimit?: number | null }>,
): Promise<InviteResult[]> {
  const response = await api.request(INVITE, { input: { invitations } }, as(inviter, tenant));
  if (!response.data?.inviteMembers || response.errors)
    throw new Error(`invite failed: ${JSON.stringify(response.errors)}`);
  return response.data.inviteMembers.results;
}

const MAILBOX = graphql(`
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
`);

/** The token of the newest mail of `template` to `email` in the development mailbox (start the API with DEV_MAILBOX). */
export async function tokenFromMailbox(api: TestApi, email: string, template = 'invitation'): Promise<string> {
  const response = await api.request(MAILBOX);
  const mail = response.data?.devMailbox.edges
    .map((edge) => edge.node)
    .find((node) => node.to === email && node.template === template);
  const token = mail?.text.match(/[?&]token=([A-Za-z0-9_%-]+)/)?.[1];
  if (!token) throw new Error(`No ${template} mail to ${email}: ${JSON.stringify(response.errors ?? [])}`);
  return decodeURIComponent(token);
}

/** A new user who joined `owner`'s org through a real invitation, with their membership id. */
export async function addMember(
  api: TestApi,
  owner: TestUser,
  role: Role,
): Promise<TestUser & { membershipId: string }> {
  const user = await signUpUser(api);
  await invite(api, owner, owner.orgId, [{ email: user.email, role }]);
  const token = await tokenFromMailbox(api, user.email);
  const accepted = await api.request(ACCEPT, { token }, as(user));
  if (!accepted.data?.acceptInvitation) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
  return { ...user, membershipId: accepted.data.acceptInvitation.membershipId };
}

/** The owner's own membership id in their default org. */
export async function ownMembershipId(api: TestApi, user: TestUser, orgId = user.orgId): Promise<string> {
  const [row] = await api.query<{ id: string }>('select id from membership where org_id = $1 and user_id = $2', [
    orgId,
    user.userId,
  ]);
  return row!.id;
}

export const ARCHIVE_MEMBER = graphql(`
  mutation ArchiveMember($membershipId: ID!) {
    archiveMember(input: { membershipId: $membershipId }) {
      member {
        id
        status
      }
    }
  }
`);

export const REACTIVATE_MEMBER = graphql(`
  mutation ReactivateMember($membershipId: ID!) {
    reactivateMember(input: { membershipId: $membershipId }) {
      member {
        id
        role
        status
      }
    }
  }
`);

export const CHANGE_MEMBER_ROLE = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {
    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {
      member {
        id
        role
      }
    }
  }
`);

export const TRANSFER_OWNERSHIP = graphql(`
  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {
    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {
      previousOwner {
        id
        role
      }
      newOwner {
        id
        role
      }
    }
  }
`);
