import { graphql } from '@orgplane/schema/generated';

/** Where periods end, and the next periods that makes; the mutation answers with the same fields. */
graphql(`
  fragment BillingPeriodSettingsFields on BillingPeriodSettings {
    anchorDay
    fiscalCalendar
    upcoming {
      startsAt
      endsAt
    }
  }
`);

/** The organization's billing period settings and the periods they make next. */
export const BillingPeriodSettingsQuery = graphql(`
  query BillingPeriodSettings {
    billingPeriodSettings {
      ...BillingPeriodSettingsFields
    }
  }
`);

/** Changes the anchor day and/or the fiscal calendar, from the next period on. */
export const UpdateBillingPeriodSettingsMutation = graphql(`
  mutation UpdateBillingPeriodSettings($input: UpdateBillingPeriodSettingsInput!) {
    updateBillingPeriodSettings(input: $input) {
      settings {
        ...BillingPeriodSettingsFields
      }
    }
  }
`);

/** The organization's billing periods, newest first (the open one first), with their invoices. */
export const BillingPeriodsQuery = graphql(`
  query BillingPeriods($first: Int!, $after: String) {
    billingPeriods(first: $first, after: $after) {
      edges {
        cursor
        node {
          number
          startsAt
          endsAt
          kind
          plan
          billingCycle
          closedAt
          invoiceId
          invoiceNumber
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
