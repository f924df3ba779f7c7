import { defineModule } from '../module.ts';
import { BillingResolver } from './billing.resolver.ts';
import { billingRules } from './billing.rules.ts';
import { subscriptionStatusCommand } from './subscription-status.cli.ts';
import { Subscription } from './subscription.entity.ts';
import { subscriptionJobs } from './subscription.jobs.ts';

/** Plans and subscriptions: the catalogue, each organization's subscription and its lifecycle. */
export const billingModule = defineModule({
  name: 'billing',
  resolvers: [BillingResolver],
  rules: billingRules,
  entities: [Subscription],
  jobs: (services) => subscriptionJobs(services.orm, services.logger),
  commands: [subscriptionStatusCommand],
});
