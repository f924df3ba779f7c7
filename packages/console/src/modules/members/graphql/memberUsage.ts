import { graphql } from '@orgplane/schema/generated';

/** A page of one member's usage events, newest first (needs `members.viewCredits`). */
export const MemberUsageEventsQuery = graphql(`
  query MemberUsageEvents($membershipId: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {
    usageEvents(membershipId: $membershipId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          meter
          quantity
          model
          credits @include(if: $withCosts)
          source
          occurredAt
          idempotencyKey
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
