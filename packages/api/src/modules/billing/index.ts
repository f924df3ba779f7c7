import { defineModule } from '../module.ts';
import { BillingResolver } from './billing.resolver.ts';
import { billingRules } from './billing.rules.ts';
import { subscriptionStatusCommand } from './subscription-status.cli.ts';
import { Subscription } from './subscription.entity.ts';
import { subscriptionJobs } from './subscription.jobs.ts';
import { UsageEvent } from './usage-event.entity.ts';
import { UsageRollup } from './usage-rollup.entity.ts';
import { UsageResolver } from './usage.resolver.ts';

/** Plans, subscriptions and usage: the catalogue, each organization's subscription, metered usage and credits. */
export const billingModule = defineModule({
  name: 'billing',
  resolvers: [BillingResolver, UsageResolver],
  rules: billingRules,
  entities: [Subscription, UsageEvent, UsageRollup],
  jobs: (services) => subscriptionJobs(services.orm, services.logger),
  commands: [subscriptionStatusCommand],
});
