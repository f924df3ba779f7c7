import { graphql } from '@orgplane/schema/generated';

/**
 * The current billing period's usage per meter. Credits are costs: asked for only when the role
 * holds `usage.readCosts` (`$withCosts`), since the API refuses the field to the others.
 */
export const UsageTotalsQuery = graphql(`
  query UsageTotals($withCosts: Boolean!) {
    usageTotals {
      from
      to
      credits @include(if: $withCosts)
      includedCredits @include(if: $withCosts)
      meters {
        meter
        label
        unit
        quantity
        events
        credits @include(if: $withCosts)
      }
    }
  }
`);

/** One meter over the last 30 days (day buckets) or the last 24 hours (hour buckets), zero-filled. */
export const UsageSeriesQuery = graphql(`
  query UsageSeries($meter: String!, $bucket: UsageBucket!, $withCosts: Boolean!) {
    usageSeries(meter: $meter, bucket: $bucket) {
      start
      quantity
      events
      credits @include(if: $withCosts)
    }
  }
`);

/**
 * The members and the workspaces that used the most this period: of one meter (by quantity), or
 * of all meters together (by credits; only for roles that see credits).
 */
export const UsageBreakdownQuery = graphql(`
  query UsageBreakdown($meter: String, $first: Int!, $withCosts: Boolean!) {
    members: usageBreakdown(by: MEMBER, meter: $meter, first: $first) {
      id
      name
      quantity
      events
      credits @include(if: $withCosts)
    }
    workspaces: usageBreakdown(by: WORKSPACE, meter: $meter, first: $first) {
      id
      name
      quantity
      events
      credits @include(if: $withCosts)
    }
  }
`);

/** One member's or model's spend of one meter, as the AI costs tables show it. */
graphql(`
  fragment AiSpendFields on UsageBreakdownRow {
    id
    name
    quantity
    events
    credits
  }
`);

/** What token and tool spend cost this period: the totals, and the members and models that spent the most of each. */
export const AiCostsQuery = graphql(`
  query AiCosts($tokenMeter: String!, $toolMeter: String!, $first: Int!) {
    usageTotals {
      from
      to
      includedCredits
      meters {
        meter
        label
        unit
        quantity
        events
        credits
      }
    }
    tokenMembers: usageBreakdown(by: MEMBER, meter: $tokenMeter, first: $first) {
      ...AiSpendFields
    }
    toolMembers: usageBreakdown(by: MEMBER, meter: $toolMeter, first: $first) {
      ...AiSpendFields
    }
    tokenModels: usageBreakdown(by: MODEL, meter: $tokenMeter, first: $first) {
      ...AiSpendFields
    }
    toolModels: usageBreakdown(by: MODEL, meter: $toolMeter, first: $first) {
      ...AiSpendFields
    }
  }
`);

/** Pushed whenever usage is recorded in the organization: the page then asks its queries again. */
export const UsageRecordedSubscription = graphql(`
  subscription UsageRecorded {
    usageRecorded {
      from
    }
  }
`);
