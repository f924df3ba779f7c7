import { defineModule } from '../module.ts';
import { billingCloseCommand } from './billing-close.cli.ts';
import { BillingCalendarBoundary, BillingPeriod } from './billing-period.entity.ts';
import { BillingResolver } from './billing.resolver.ts';
import { billingRules } from './billing.rules.ts';
import { Invoice, InvoiceLine } from './invoice.entity.ts';
import { InvoiceResolver } from './invoice.resolver.ts';
import { subscriptionStatusCommand } from './subscription-status.cli.ts';
import { Subscription } from './subscription.entity.ts';
import { subscriptionJobs } from './subscription.jobs.ts';
import { UsageAlert, UsageAlertFiring } from './usage-alert.entity.ts';
import { UsageAlertResolver } from './usage-alert.resolver.ts';
import { UsageEvent } from './usage-event.entity.ts';
import { UsageRollup } from './usage-rollup.entity.ts';
import { UsageResolver } from './usage.resolver.ts';

/** Plans, subscriptions and usage: the catalogue, each organization's subscription, metered usage, credits and usage alerts. */
export const billingModule = defineModule({
  name: 'billing',
  resolvers: [BillingResolver, InvoiceResolver, UsageResolver, UsageAlertResolver],
  rules: billingRules,
  entities: [
    Subscription,
    BillingPeriod,
    BillingCalendarBoundary,
    Invoice,
    InvoiceLine,
    UsageEvent,
    UsageRollup,
    UsageAlert,
    UsageAlertFiring,
  ],
  jobs: (services) => subscriptionJobs(services.orm, services.logger),
  commands: [subscriptionStatusCommand, billingCloseCommand],
});
