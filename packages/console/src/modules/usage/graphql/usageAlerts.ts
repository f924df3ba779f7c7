import { graphql } from '@orgplane/schema/generated';

/** One usage alert as the list and its dialogs show it: its settings and where it stands this period. */
graphql(`
  fragment UsageAlertFields on UsageAlert {
    id
    meter
    kind
    threshold
    notifyByEmail
    notifyByWebhook
    throttle
    currentValue
    thresholdValue
    crossed
    lastTriggeredAt
    createdAt
    updatedAt
  }
`);

/**
 * The organization's usage alerts, oldest first, with the period they are measured over and what
 * was used so far per meter (quantity and credits), which the form shows beside a new threshold.
 */
export const UsageAlertsQuery = graphql(`
  query UsageAlerts {
    usageAlerts {
      ...UsageAlertFields
    }
    usageTotals {
      from
      to
      credits
      includedCredits
      meters {
        meter
        quantity
        credits
      }
    }
  }
`);

/** When alerts fired, newest first, a page at a time. */
export const UsageAlertTriggersQuery = graphql(`
  query UsageAlertTriggers($first: Int!, $after: String) {
    usageAlertTriggers(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          alertId
          meter
          kind
          periodStart
          value
          thresholdValue
          triggeredAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateUsageAlertMutation = graphql(`
  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {
    createUsageAlert(input: $input) {
      alert {
        ...UsageAlertFields
      }
    }
  }
`);

export const UpdateUsageAlertMutation = graphql(`
  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {
    updateUsageAlert(input: $input) {
      alert {
        ...UsageAlertFields
      }
    }
  }
`);

export const DeleteUsageAlertMutation = graphql(`
  mutation DeleteUsageAlert($alertId: ID!) {
    deleteUsageAlert(input: { alertId: $alertId }) {
      deletedAlertId
    }
  }
`);
