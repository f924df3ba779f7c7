import { graphql } from '@orgplane/schema/generated';

/** Whether the development mailbox is on: it answers NOT_FOUND when it is off. */
export const MailboxStatusQuery = graphql(`
  query MailboxStatus {
    devMailbox(first: 1) {
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** A page of the emails the API wrote, newest first. */
export const DevMailboxQuery = graphql(`
  query DevMailbox($first: Int!, $after: String) {
    devMailbox(first: $first, after: $after) {
      edges {
        node {
          id
          to
          subject
          template
          text
          html
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
