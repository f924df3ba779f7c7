import { graphql } from '@orgplane/schema/generated';

/** A page of the organization's members; credits only for roles that may see them. */
export const MembersQuery = graphql(`
  query Members(
    $first: Int!
    $after: String
    $filter: MemberFilterInput
    $orderBy: MemberOrderInput
    $withCredits: Boolean!
  ) {
    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          role
          status
          joinedAt
          creditLimit @include(if: $withCredits)
          usedCredits @include(if: $withCredits)
          user {
            id
            email
            displayName
            lastSignInAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Removes a member's access at once; reactivation restores it with the same role. */
export const ArchiveMemberMutation = graphql(`
  mutation ArchiveMember($membershipId: ID!) {
    archiveMember(input: { membershipId: $membershipId }) {
      member {
        id
        status
      }
    }
  }
`);

/** Restores an archived member with the role they had. */
export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($membershipId: ID!) {
    reactivateMember(input: { membershipId: $membershipId }) {
      member {
        id
        status
      }
    }
  }
`);

/** Gives an active member another role (never owner). */
export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {
    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {
      member {
        id
        role
      }
    }
  }
`);

/** Sets how many credits a member may use; -1 means unlimited. */
export const SetMemberCreditLimitMutation = graphql(`
  mutation SetMemberCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {
    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {
      member {
        id
        creditLimit
        usedCredits
      }
    }
  }
`);

/** Emails an active member a link to choose a new password. */
export const SendMemberPasswordResetMutation = graphql(`
  mutation SendMemberPasswordReset($membershipId: ID!) {
    sendMemberPasswordReset(input: { membershipId: $membershipId }) {
      member {
        id
      }
    }
  }
`);
